using System.Collections.Concurrent;
using Emulator.Sns.Subscriptions;

namespace Emulator.Sns.Topics;

/// <summary>The topics of one account in one region and their subscriptions, by ARN.</summary>
public sealed class RegionTopics : IRegionState
{
    public ConcurrentDictionary<string, Topic> Topics { get; } = new(StringComparer.Ordinal);
    public ConcurrentDictionary<string, Subscription> Subscriptions { get; } = new(StringComparer.Ordinal);

    public long Clear()
    {
        Topics.Clear();
        Subscriptions.Clear();
        return 0;
    }
}
