using Emulator.Protocol.Shapes;

namespace Emulator.Kinesis.Shapes;

public sealed class GetRecordsInput
{
    [Constraint(NotNull = true, Min = 1, Max = 512)]
    public string? ShardIterator { get; set; }

    [Constraint(Min = 1, Max = 10000)]
    public int? Limit { get; set; }

    [Constraint(Min = 1, Max = 2048, Pattern = @"arn:aws.*:kinesis:.*:\d{12}:stream/\S+")]
    public string? StreamARN { get; set; }

    [Constraint(Min = 1, Max = 24, Pattern = @"[a-z0-9]{20}-[a-z0-9]{3}")]
    public string? StreamId { get; set; }
}

public sealed class GetRecordsOutput
{
    public List<Record>? Records { get; set; }

    public string? NextShardIterator { get; set; }

    public long? MillisBehindLatest { get; set; }

    public List<ChildShard>? ChildShards { get; set; }
}
