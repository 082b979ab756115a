using Emulator.Protocol.Shapes;

namespace Emulator.Kinesis.Shapes;

public sealed class ListShardsInput
{
    [Constraint(Min = 1, Max = 128, Pattern = @"[a-zA-Z0-9_.-]+")]
    public string? StreamName { get; set; }

    [Constraint(Min = 1, Max = 1048576)]
    public string? NextToken { get; set; }

    [Constraint(Min = 1, Max = 128, Pattern = @"[a-zA-Z0-9_.-]+")]
    public string? ExclusiveStartShardId { get; set; }

    [Constraint(Min = 1, Max = 10000)]
    public int? MaxResults { get; set; }

    public DateTimeOffset? StreamCreationTimestamp { get; set; }

    public ShardFilter? ShardFilter { get; set; }

    [Constraint(Min = 1, Max = 2048, Pattern = @"arn:aws.*:kinesis:.*:\d{12}:stream/\S+")]
    public string? StreamARN { get; set; }

    [Constraint(Min = 1, Max = 24, Pattern = @"[a-z0-9]{20}-[a-z0-9]{3}")]
    public string? StreamId { get; set; }
}

public sealed class ListShardsOutput
{
    public List<Shard>? Shards { get; set; }

    public string? NextToken { get; set; }
}

public sealed class ShardFilter
{
    [Constraint(NotNull = true, Enum = new[] { "AFTER_SHARD_ID", "AT_TRIM_HORIZON", "FROM_TRIM_HORIZON", "AT_LATEST", "AT_TIMESTAMP", "FROM_TIMESTAMP" })]
    public string? Type { get; set; }

    [Constraint(Min = 1, Max = 128, Pattern = @"[a-zA-Z0-9_.-]+")]
    public string? ShardId { get; set; }

    public DateTimeOffset? Timestamp { get; set; }
}
