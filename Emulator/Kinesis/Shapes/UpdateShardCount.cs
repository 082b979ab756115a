namespace Emulator.Kinesis.Shapes;

public sealed class UpdateShardCountInput
{
    public string? StreamName { get; set; }

    public int? TargetShardCount { get; set; }

    public string? ScalingType { get; set; }

    public string? StreamARN { get; set; }

    public string? StreamId { get; set; }
}

public sealed class UpdateShardCountOutput
{
    public string? StreamName { get; set; }

    public int? CurrentShardCount { get; set; }

    public int? TargetShardCount { get; set; }

    public string? StreamARN { get; set; }
}
