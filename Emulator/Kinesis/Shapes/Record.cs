namespace Emulator.Kinesis.Shapes;

public sealed class Record
{
    public string? SequenceNumber { get; set; }

    public DateTimeOffset? ApproximateArrivalTimestamp { get; set; }

    public ReadOnlyMemory<byte>? Data { get; set; }

    public string? PartitionKey { get; set; }

    public string? EncryptionType { get; set; }
}
