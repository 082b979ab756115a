namespace Emulator.Kinesis.Shapes;

public sealed class PutRecordsInput
{
    public List<PutRecordsRequestEntry>? Records { get; set; }

    public string? StreamName { get; set; }

    public string? StreamARN { get; set; }

    public string? StreamId { get; set; }
}

public sealed class PutRecordsOutput
{
    public int? FailedRecordCount { get; set; }

    public List<PutRecordsResultEntry>? Records { get; set; }

    public string? EncryptionType { get; set; }
}

public sealed class PutRecordsRequestEntry
{
    public byte[]? Data { get; set; }

    public string? ExplicitHashKey { get; set; }

    public string? PartitionKey { get; set; }
}

public sealed class PutRecordsResultEntry
{
    public string? SequenceNumber { get; set; }

    public string? ShardId { get; set; }

    public string? ErrorCode { get; set; }

    public string? ErrorMessage { get; set; }
}
