namespace Emulator.Kinesis.Shapes;

public sealed class EnhancedMetrics
{
    public List<string>? ShardLevelMetrics { get; set; }
}
