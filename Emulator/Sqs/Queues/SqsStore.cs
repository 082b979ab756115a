using System.Collections.Concurrent;

namespace Emulator.Sqs.Queues;

/// <summary>All queues, partitioned by account and region so that isolation is a property of storage.</summary>
public sealed class SqsStore
{
    private readonly ConcurrentDictionary<(string Account, string Region), RegionQueues> _regions = new();

    public RegionQueues Region(string accountId, string region) =>
        _regions.GetOrAdd((accountId, region), static _ => new RegionQueues());

    public SqsQueue? Find(string accountId, string region, string name) =>
        _regions.TryGetValue((accountId, region), out var queues) && queues.ByName.TryGetValue(name, out var queue)
            ? queue : null;

    /// <summary>Finds a queue by ARN (<c>arn:aws:sqs:region:account:name</c>) in any account or region.</summary>
    public SqsQueue? FindByArn(string arn)
    {
        var parts = arn.Split(':');
        return parts is ["arn", _, "sqs", var region, var account, var name] ? Find(account, region, name) : null;
    }

    public IEnumerable<SqsQueue> AllQueues() => _regions.Values.SelectMany(r => r.ByName.Values);

    /// <summary>Drops every queue and its messages; the body bytes dropped.</summary>
    public long Clear()
    {
        var dropped = AllQueues().Sum(queue => queue.Messages.Clear());
        _regions.Clear();
        return dropped;
    }
}
