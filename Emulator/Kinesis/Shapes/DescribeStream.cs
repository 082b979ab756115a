namespace Emulator.Kinesis.Shapes;

public sealed class DescribeStreamInput
{
    public string? StreamName { get; set; }

    public int? Limit { get; set; }

    public string? ExclusiveStartShardId { get; set; }

    public string? StreamARN { get; set; }

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
