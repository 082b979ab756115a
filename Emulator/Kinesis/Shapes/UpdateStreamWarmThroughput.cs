namespace Emulator.Kinesis.Shapes;

public sealed class UpdateStreamWarmThroughputInput
{
    public string? StreamARN { get; set; }

    public string? StreamName { get; set; }

    public string? StreamId { get; set; }

    public int? WarmThroughputMiBps { get; set; }
}

public sealed class UpdateStreamWarmThroughputOutput
{
    public string? StreamARN { get; set; }

    public string? StreamName { get; set; }

    public WarmThroughputObject? WarmThroughput { get; set; }
}
