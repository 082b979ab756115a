using Emulator.Protocol.Shapes;

namespace Emulator.Kinesis.Shapes;

public sealed class GetShardIteratorInput
{
    [Constraint(Min = 1, Max = 128, Pattern = @"[a-zA-Z0-9_.-]+")]
    public string? StreamName { get; set; }

    [Constraint(NotNull = true, Min = 1, Max = 128, Pattern = @"[a-zA-Z0-9_.-]+")]
    public string? ShardId { get; set; }

    [Constraint(NotNull = true, Enum = new[] { "AFTER_SEQUENCE_NUMBER", "AT_SEQUENCE_NUMBER", "AT_TIMESTAMP", "TRIM_HORIZON", "LATEST" })]
    public string? ShardIteratorType { get; set; }

    [Constraint(Pattern = @"0|([1-9]\d{0,128})")]
    public string? StartingSequenceNumber { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    [Constraint(Min = 1, Max = 2048, Pattern = @"arn:aws.*:kinesis:.*:\d{12}:stream/\S+")]
    public string? StreamARN { get; set; }

    [Constraint(Min = 1, Max = 24, Pattern = @"[a-z0-9]{20}-[a-z0-9]{3}")]
    public string? StreamId { get; set; }
}

public sealed class GetShardIteratorOutput
{
    public string? ShardIterator { get; set; }
}
