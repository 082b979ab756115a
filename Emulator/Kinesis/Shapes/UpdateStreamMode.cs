namespace Emulator.Kinesis.Shapes;

public sealed class UpdateStreamModeInput
{
    public string? StreamARN { get; set; }

    public string? StreamId { get; set; }

    public StreamModeDetails? StreamModeDetails { get; set; }

    public int? WarmThroughputMiBps { get; set; }
}
