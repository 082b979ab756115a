using System.Collections.Concurrent;

namespace Emulator.Sqs.Queues;

/// <summary>The queues of one account in one region, and when names were last deleted.</summary>
public sealed class RegionQueues : IRegionState
{
    public ConcurrentDictionary<string, SqsQueue> ByName { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, DateTimeOffset> DeletedAt { get; } = new(StringComparer.Ordinal);

    public long Clear()
    {
        var dropped = ByName.Values.Sum(queue => queue.Messages.Clear());
        ByName.Clear();
        DeletedAt.Clear();
        return dropped;
    }
}
