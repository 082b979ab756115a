namespace Emulator.Kinesis.Shapes;

public sealed class DisableEnhancedMonitoringInput
{
    public string? StreamName { get; set; }

    public List<string>? ShardLevelMetrics { get; set; }

    public string? StreamARN { get; set; }

    public string? StreamId { get; set; }
}
