namespace Emulator.Kinesis.Shapes;

public sealed class ListShardsInput
{
    public string? StreamName { get; set; }

    public string? NextToken { get; set; }

    public string? ExclusiveStartShardId { get; set; }

    public int? MaxResults { get; set; }

    public DateTimeOffset? StreamCreationTimestamp { get; set; }

    public ShardFilter? ShardFilter { get; set; }

    public string? StreamARN { get; set; }

    public string? StreamId { get; set; }
}

public sealed class ListShardsOutput
{
    public List<Shard>? Shards { get; set; }

    public string? NextToken { get; set; }
}

public sealed class ShardFilter
{
    public string? Type { get; set; }

    public string? ShardId { get; set; }

    public DateTimeOffset? Timestamp { get; set; }
}
