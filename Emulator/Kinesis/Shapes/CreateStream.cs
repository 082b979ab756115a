namespace Emulator.Kinesis.Shapes;

public sealed class CreateStreamInput
{
    public string? StreamName { get; set; }

    public int? ShardCount { get; set; }

    public StreamModeDetails? StreamModeDetails { get; set; }

    public Dictionary<string, string>? Tags { get; set; }

    public int? WarmThroughputMiBps { get; set; }

    public int? MaxRecordSizeInKiB { get; set; }
}
