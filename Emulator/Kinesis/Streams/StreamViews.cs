using Emulator.Kinesis.Shapes;

namespace Emulator.Kinesis.Streams;

/// <summary>How streams and shards appear in responses.</summary>
public static class StreamViews
{
    public static Shard Describe(StreamShard shard) => new()
    {
        ShardId = shard.Id,
        ParentShardId = shard.ParentShardId,
        AdjacentParentShardId = shard.AdjacentParentShardId,
        HashKeyRange = new HashKeyRange
        {
            StartingHashKey = HashKeys.Format(shard.StartingHashKey),
            EndingHashKey = HashKeys.Format(shard.EndingHashKey),
        },
        SequenceNumberRange = new SequenceNumberRange
        {
            StartingSequenceNumber = SequenceNumbers.Format(shard.StartingSequence),
            EndingSequenceNumber = shard.EndingSequence is { } end ? SequenceNumbers.Format(end) : null,
        },
    };

    public static StreamModeDetails Mode(KinesisStream stream) => new() { StreamMode = stream.Settings.Mode };

    public static List<EnhancedMetrics> Monitoring(KinesisStream stream) =>
        [new EnhancedMetrics { ShardLevelMetrics = [.. stream.Settings.ShardLevelMetrics] }];

    public static ChildShard Child(StreamShard shard) => new()
    {
        ShardId = shard.Id,
        ParentShards = [.. new[] { shard.ParentShardId, shard.AdjacentParentShardId }.OfType<string>()],
        HashKeyRange = Describe(shard).HashKeyRange,
    };
}
