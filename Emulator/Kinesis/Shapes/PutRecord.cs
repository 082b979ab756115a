namespace Emulator.Kinesis.Shapes;

public sealed class PutRecordInput
{
    public string? StreamName { get; set; }

    public byte[]? Data { get; set; }

    public string? PartitionKey { get; set; }

    public string? ExplicitHashKey { get; set; }

    public string? SequenceNumberForOrdering { get; set; }

    public string? StreamARN { get; set; }

    public string? StreamId { get; set; }
}

public sealed class PutRecordOutput
{
    public string? ShardId { get; set; }

    public string? SequenceNumber { get; set; }

    public string? EncryptionType { get; set; }
}
