using System.Collections.Concurrent;

namespace Emulator.Kinesis.Streams;

/// <summary>Every stream, by account, region and name.</summary>
public sealed class KinesisStore
{
    private readonly ConcurrentDictionary<(string Account, string Region, string Name), KinesisStream> _streams = new();

    public KinesisStream? Find(string accountId, string region, string name) => _streams.GetValueOrDefault((accountId, region, name));

    public bool TryAdd(KinesisStream stream) => _streams.TryAdd((stream.AccountId, stream.Region, stream.Name), stream);

    public bool Remove(KinesisStream stream) => _streams.TryRemove(new((stream.AccountId, stream.Region, stream.Name), stream));

    public IEnumerable<KinesisStream> In(string accountId, string region) =>
        _streams.Values.Where(s => s.AccountId == accountId && s.Region == region);

    public int Count(string accountId, string region) => In(accountId, region).Count();

    public IEnumerable<KinesisStream> All() => _streams.Values;

    public void Clear() => _streams.Clear();
}
