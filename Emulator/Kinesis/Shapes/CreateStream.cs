using Emulator.Protocol.Shapes;

namespace Emulator.Kinesis.Shapes;

public sealed class CreateStreamInput
{
    [Constraint(NotNull = true, Min = 1, Max = 128, Pattern = @"[a-zA-Z0-9_.-]+")]
    public string? StreamName { get; set; }

    [Constraint(Min = 1)]
    public int? ShardCount { get; set; }

    public StreamModeDetails? StreamModeDetails { get; set; }

    [Constraint(Min = 1, Max = 200), KeyConstraint(Min = 1, Max = 128), ElementConstraint(Min = 0, Max = 256)]
    public Dictionary<string, string>? Tags { get; set; }

    [Constraint(Min = 0)]
    public int? WarmThroughputMiBps { get; set; }

    [Constraint(Min = 1024, Max = 10240)]
    public int? MaxRecordSizeInKiB { get; set; }
}
