using Emulator.Protocol.Shapes;

namespace Emulator.Kinesis.Shapes;

public sealed class SubscribeToShardInput
{
    [Constraint(NotNull = true, Min = 1, Max = 2048, Pattern = @"^(arn):aws.*:kinesis:.*:\d{12}:.*stream\/[a-zA-Z0-9_.-]+\/consumer\/[a-zA-Z0-9_.-]+:[0-9]+")]
    public string? ConsumerARN { get; set; }

    [Constraint(NotNull = true, Min = 1, Max = 128, Pattern = @"[a-zA-Z0-9_.-]+")]
    public string? ShardId { get; set; }

    [Constraint(NotNull = true)]
    public StartingPosition? StartingPosition { get; set; }

    [Constraint(Min = 1, Max = 24, Pattern = @"[a-z0-9]{20}-[a-z0-9]{3}")]
    public string? StreamId { get; set; }
}

public sealed class StartingPosition
{
    [Constraint(NotNull = true, Enum = new[] { "AFTER_SEQUENCE_NUMBER", "AT_SEQUENCE_NUMBER", "AT_TIMESTAMP", "TRIM_HORIZON", "LATEST" })]
    public string? Type { get; set; }

    [Constraint(Pattern = @"0|([1-9]\d{0,128})")]
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
