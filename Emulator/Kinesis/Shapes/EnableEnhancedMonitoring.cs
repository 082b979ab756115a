namespace Emulator.Kinesis.Shapes;

public sealed class EnableEnhancedMonitoringInput
{
    public string? StreamName { get; set; }

    public List<string>? ShardLevelMetrics { get; set; }

    public string? StreamARN { get; set; }

    public string? StreamId { get; set; }
}

public sealed class EnhancedMonitoringOutput
{
    public string? StreamName { get; set; }

    public List<string>? CurrentShardLevelMetrics { get; set; }

    public List<string>? DesiredShardLevelMetrics { get; set; }

    public string? StreamARN { get; set; }
}
