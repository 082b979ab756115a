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

    public static Record Record(KinesisStream stream, StoredRecord record) => new()
    {
        Data = record.Data,
        PartitionKey = record.PartitionKey,
        SequenceNumber = SequenceNumbers.Format(record.SequenceNumber),
        ApproximateArrivalTimestamp = record.ArrivedAt,
        EncryptionType = stream.Settings.EncryptionType == "NONE" ? null : stream.Settings.EncryptionType,
    };

    /// <summary>The shards that replaced a closed one, as a reader that reached its end is told of them.</summary>
    public static List<ChildShard> Children(KinesisStream stream, StreamShard shard) =>
        shard.ChildShardIds.Select(stream.Shard).OfType<StreamShard>().Select(Child).ToList();

    /// <summary>How far behind the newest record a reader is after the records just returned, 0 once caught up.</summary>
    public static long MillisBehindLatest(List<Record> records, long next, long end, DateTimeOffset now) =>
        next >= end || records.Count == 0 ? 0 : (long)(now - records[^1].ApproximateArrivalTimestamp!.Value).TotalMilliseconds;
}
