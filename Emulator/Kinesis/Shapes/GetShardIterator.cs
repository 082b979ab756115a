namespace Emulator.Kinesis.Shapes;

public sealed class GetShardIteratorInput
{
    public string? StreamName { get; set; }

    public string? ShardId { get; set; }

    public string? ShardIteratorType { get; set; }

    public string? StartingSequenceNumber { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public string? StreamARN { get; set; }

    public string? StreamId { get; set; }
}

public sealed class GetShardIteratorOutput
{
    public string? ShardIterator { get; set; }
}
