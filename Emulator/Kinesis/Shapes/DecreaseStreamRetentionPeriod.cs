namespace Emulator.Kinesis.Shapes;

public sealed class DecreaseStreamRetentionPeriodInput
{
    public string? StreamName { get; set; }

    public int? RetentionPeriodHours { get; set; }

    public string? StreamARN { get; set; }

    public string? StreamId { get; set; }
}
