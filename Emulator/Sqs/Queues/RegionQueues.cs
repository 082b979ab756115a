using System.Collections.Concurrent;

namespace Emulator.Sqs.Queues;

/// <summary>The queues of one account in one region, and when names were last deleted.</summary>
public sealed class RegionQueues
{
    public ConcurrentDictionary<string, SqsQueue> ByName { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, DateTimeOffset> DeletedAt { get; } = new(StringComparer.Ordinal);
}
