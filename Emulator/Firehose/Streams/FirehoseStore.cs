using System.Collections.Concurrent;

namespace Emulator.Firehose.Streams;

/// <summary>Every delivery stream, by account, region and name.</summary>
public sealed class FirehoseStore : AccountRegionStore<RegionDeliveryStreams>
{
    public DeliveryStream? Find(string accountId, string region, string name) => FindRegion(accountId, region)?.ByName.GetValueOrDefault(name);

    public DeliveryStream Get(AwsRequestContext context, string name) =>
        Find(context.AccountId, context.Region, name) ?? throw FirehoseErrors.NotFound(name, context.AccountId);

    public bool TryAdd(DeliveryStream stream) => Region(stream.AccountId, stream.Region).ByName.TryAdd(stream.Name, stream);

    public bool Remove(DeliveryStream stream) =>
        FindRegion(stream.AccountId, stream.Region) is { } streams && streams.ByName.TryRemove(new(stream.Name, stream));

    public IEnumerable<DeliveryStream> In(string accountId, string region) => FindRegion(accountId, region)?.ByName.Values ?? [];

    /// <summary>The stream an ARN names (<c>arn:aws:firehose:region:account:deliverystream/name</c>), as SNS subscriptions give it.</summary>
    public DeliveryStream? FindByArn(string arn)
    {
        var parts = arn.Split(':', 6);
        return parts.Length == 6 && parts[5].StartsWith("deliverystream/", StringComparison.Ordinal)
            ? Find(parts[4], parts[3], parts[5]["deliverystream/".Length..])
            : null;
    }
}

/// <summary>The delivery streams of one account in one region, by name.</summary>
public sealed class RegionDeliveryStreams : IRegionState
{
    public ConcurrentDictionary<string, DeliveryStream> ByName { get; } = new(StringComparer.Ordinal);

    public long Clear()
    {
        ByName.Clear();
        return 0;
    }
}
