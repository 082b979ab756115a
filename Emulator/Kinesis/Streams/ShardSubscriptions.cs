namespace Emulator.Kinesis.Streams;

/// <summary>
/// Which subscription holds each shard for each enhanced fan-out consumer. As on AWS, a SubscribeToShard within
/// <see cref="TakeoverAfter"/> of the last successful one for the same consumer and shard is refused; a later one
/// takes the subscription over, and the earlier connection ends with ResourceInUseException.
/// </summary>
public sealed class ShardSubscriptions(TimeProvider clock) : IServiceState
{
    public static readonly TimeSpan TakeoverAfter = TimeSpan.FromSeconds(5);

    private readonly Dictionary<(string ConsumerArn, string ShardId), ShardSubscription> _latest = new();

    /// <summary>The new subscription, or null when the last one for this consumer and shard began too recently.</summary>
    public ShardSubscription? TryHold(string consumerArn, string shardId)
    {
        lock (_latest)
        {
            var now = clock.GetUtcNow();
            // A subscription lasts five minutes at most; after that its entry decides nothing and can go.
            foreach (var (key, old) in _latest)
                if (now - old.Since > ShardEventStream.Lifetime) _latest.Remove(key);
            if (_latest.TryGetValue((consumerArn, shardId), out var latest))
            {
                if (now - latest.Since < TakeoverAfter) return null;
                latest.TakeOver();
            }
            return _latest[(consumerArn, shardId)] = new ShardSubscription(now);
        }
    }

    public void Reset()
    {
        lock (_latest)
        {
            foreach (var subscription in _latest.Values) subscription.TakeOver();
            _latest.Clear();
        }
    }
}

/// <summary>One successful SubscribeToShard; <see cref="TakenOver"/> fires when a later call takes its place.</summary>
public sealed class ShardSubscription(DateTimeOffset since)
{
    // Never disposed: it has no timer, and a later call may still take over a subscription whose stream has ended.
    private readonly CancellationTokenSource _takenOver = new();

    public DateTimeOffset Since { get; } = since;

    public CancellationToken TakenOver => _takenOver.Token;

    internal void TakeOver() => _takenOver.Cancel();
}
