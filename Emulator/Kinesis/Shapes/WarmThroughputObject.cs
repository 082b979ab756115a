namespace Emulator.Kinesis.Shapes;

public sealed class WarmThroughputObject
{
    public int? TargetMiBps { get; set; }

    public int? CurrentMiBps { get; set; }
}
