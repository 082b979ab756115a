using System.Collections.Concurrent;

namespace Emulator.Kinesis.Streams;

/// <summary>The shards each enhanced fan-out consumer is subscribed to: a consumer holds a shard with one subscription at a time.</summary>
public sealed class ShardSubscriptions
{
    private readonly ConcurrentDictionary<(string ConsumerArn, string ShardId), byte> _active = new();

    public bool TryHold(string consumerArn, string shardId) => _active.TryAdd((consumerArn, shardId), 0);

    public void Release(string consumerArn, string shardId) => _active.TryRemove((consumerArn, shardId), out _);

    public void Clear() => _active.Clear();
}
