namespace Emulator.Kinesis.Streams;

/// <summary>Every stream, by account, region and name.</summary>
public sealed class KinesisStore : AccountRegionStore<RegionStreams>
{
    public KinesisStream? Find(string accountId, string region, string name) => FindRegion(accountId, region)?.ByName.GetValueOrDefault(name);

    public bool TryAdd(KinesisStream stream) => Region(stream.AccountId, stream.Region).ByName.TryAdd(stream.Name, stream);

    public bool Remove(KinesisStream stream) =>
        FindRegion(stream.AccountId, stream.Region) is { } streams && streams.ByName.TryRemove(new(stream.Name, stream));

    public IEnumerable<KinesisStream> In(string accountId, string region) => FindRegion(accountId, region)?.ByName.Values ?? [];

    public int Count(string accountId, string region) => FindRegion(accountId, region)?.ByName.Count ?? 0;

    public IEnumerable<KinesisStream> All() => Regions.SelectMany(r => r.ByName.Values);
}
