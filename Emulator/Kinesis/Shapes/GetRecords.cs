namespace Emulator.Kinesis.Shapes;

public sealed class GetRecordsInput
{
    public string? ShardIterator { get; set; }

    public int? Limit { get; set; }

    public string? StreamARN { get; set; }

    public string? StreamId { get; set; }
}

public sealed class GetRecordsOutput
{
    public List<Record>? Records { get; set; }

    public string? NextShardIterator { get; set; }

    public long? MillisBehindLatest { get; set; }

    public List<ChildShard>? ChildShards { get; set; }
}
