namespace Emulator.Kinesis.Shapes;

public sealed class SubscribeToShardInput
{
    public string? ConsumerARN { get; set; }

    public string? ShardId { get; set; }

    public StartingPosition? StartingPosition { get; set; }

    public string? StreamId { get; set; }
}

public sealed class StartingPosition
{
    public string? Type { get; set; }

    public string? SequenceNumber { get; set; }

    public DateTimeOffset? Timestamp { get; set; }
}

public sealed class SubscribeToShardEvent
{
    public List<Record>? Records { get; set; }

    public string? ContinuationSequenceNumber { get; set; }

    public long? MillisBehindLatest { get; set; }

    public List<ChildShard>? ChildShards { get; set; }
}
