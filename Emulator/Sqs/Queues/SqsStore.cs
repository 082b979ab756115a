using Emulator.Sqs.Durability;

namespace Emulator.Sqs.Queues;

/// <summary>All queues, by account, region and name.</summary>
public sealed class SqsStore(SqsJournal journal) : AccountRegionStore<RegionQueues>
{
    /// <summary>Where the queues' changes go in durable mode.</summary>
    public SqsJournal Journal => journal;

    public SqsQueue? Find(string accountId, string region, string name) =>
        FindRegion(accountId, region) is { } queues && queues.ByName.TryGetValue(name, out var queue) ? queue : null;

    /// <summary>Finds a queue by ARN (<c>arn:aws:sqs:region:account:name</c>) in any account or region.</summary>
    public SqsQueue? FindByArn(string arn)
    {
        var parts = arn.Split(':');
        return parts is ["arn", _, "sqs", var region, var account, var name] ? Find(account, region, name) : null;
    }

    public IEnumerable<SqsQueue> AllQueues() => Regions.SelectMany(r => r.ByName.Values);
}
