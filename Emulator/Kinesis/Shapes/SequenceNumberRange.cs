namespace Emulator.Kinesis.Shapes;

public sealed class SequenceNumberRange
{
    public string? StartingSequenceNumber { get; set; }

    public string? EndingSequenceNumber { get; set; }
}
