using Emulator.Protocol.Shapes;

namespace Emulator.Kinesis.Shapes;

public sealed class DescribeStreamSummaryInput
{
    [Constraint(Min = 1, Max = 128, Pattern = @"[a-zA-Z0-9_.-]+")]
    public string? StreamName { get; set; }

    [Constraint(Min = 1, Max = 2048, Pattern = @"arn:aws.*:kinesis:.*:\d{12}:stream/\S+")]
    public string? StreamARN { get; set; }

    [Constraint(Min = 1, Max = 24, Pattern = @"[a-z0-9]{20}-[a-z0-9]{3}")]
    public string? StreamId { get; set; }
}

public sealed class DescribeStreamSummaryOutput
{
    public StreamDescriptionSummary? StreamDescriptionSummary { get; set; }
}

public sealed class StreamDescriptionSummary
{
    public string? StreamName { get; set; }

    public string? StreamARN { get; set; }

    public string? StreamId { get; set; }

    public string? StreamStatus { get; set; }

    public StreamModeDetails? StreamModeDetails { get; set; }

    public int? RetentionPeriodHours { get; set; }

    public DateTimeOffset? StreamCreationTimestamp { get; set; }

    public List<EnhancedMetrics>? EnhancedMonitoring { get; set; }

    public string? EncryptionType { get; set; }

    public string? KeyId { get; set; }

    public int? OpenShardCount { get; set; }

    public int? ConsumerCount { get; set; }

    public WarmThroughputObject? WarmThroughput { get; set; }

    public int? MaxRecordSizeInKiB { get; set; }
}
