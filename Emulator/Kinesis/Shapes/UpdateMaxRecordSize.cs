namespace Emulator.Kinesis.Shapes;

public sealed class UpdateMaxRecordSizeInput
{
    public string? StreamARN { get; set; }

    public string? StreamId { get; set; }

    public int? MaxRecordSizeInKiB { get; set; }
}
