using Emulator.Protocol.Shapes;

namespace Emulator.Kinesis.Shapes;

public sealed class PutRecordInput
{
    [Constraint(Min = 1, Max = 128, Pattern = @"[a-zA-Z0-9_.-]+")]
    public string? StreamName { get; set; }

    [Constraint(NotNull = true, Max = 10485760)]
    public byte[]? Data { get; set; }

    [Constraint(NotNull = true, Min = 1, Max = 256)]
    public string? PartitionKey { get; set; }

    [Constraint(Pattern = @"0|([1-9]\d{0,38})")]
    public string? ExplicitHashKey { get; set; }

    [Constraint(Pattern = @"0|([1-9]\d{0,128})")]
    public string? SequenceNumberForOrdering { get; set; }

    [Constraint(Min = 1, Max = 2048, Pattern = @"arn:aws.*:kinesis:.*:\d{12}:stream/\S+")]
    public string? StreamARN { get; set; }

    [Constraint(Min = 1, Max = 24, Pattern = @"[a-z0-9]{20}-[a-z0-9]{3}")]
    public string? StreamId { get; set; }
}

public sealed class PutRecordOutput
{
    public string? ShardId { get; set; }

    public string? SequenceNumber { get; set; }

    public string? EncryptionType { get; set; }
}
