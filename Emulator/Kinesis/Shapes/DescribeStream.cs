using Emulator.Protocol.Shapes;

namespace Emulator.Kinesis.Shapes;

public sealed class DescribeStreamInput
{
    [Constraint(Min = 1, Max = 128, Pattern = @"[a-zA-Z0-9_.-]+")]
    public string? StreamName { get; set; }

    [Constraint(Min = 1, Max = 10000)]
    public int? Limit { get; set; }

    [Constraint(Min = 1, Max = 128, Pattern = @"[a-zA-Z0-9_.-]+")]
    public string? ExclusiveStartShardId { get; set; }

    [Constraint(Min = 1, Max = 2048, Pattern = @"arn:aws.*:kinesis:.*:\d{12}:stream/\S+")]
    public string? StreamARN { get; set; }

    [Constraint(Min = 1, Max = 24, Pattern = @"[a-z0-9]{20}-[a-z0-9]{3}")]
    public string? StreamId { get; set; }
}

public sealed class DescribeStreamOutput
{
    public StreamDescription? StreamDescription { get; set; }
}

public sealed class StreamDescription
{
    public string? StreamName { get; set; }

    public string? StreamARN { get; set; }

    public string? StreamStatus { get; set; }

    public StreamModeDetails? StreamModeDetails { get; set; }

    public List<Shard>? Shards { get; set; }

    public bool? HasMoreShards { get; set; }

    public int? RetentionPeriodHours { get; set; }

    public DateTimeOffset? StreamCreationTimestamp { get; set; }

    public List<EnhancedMetrics>? EnhancedMonitoring { get; set; }

    public string? EncryptionType { get; set; }

    public string? KeyId { get; set; }
}
