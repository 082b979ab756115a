namespace Emulator.Kinesis.Shapes;

public sealed class StreamModeDetails
{
    public string? StreamMode { get; set; }
}
