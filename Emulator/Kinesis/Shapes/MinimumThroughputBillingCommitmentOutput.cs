namespace Emulator.Kinesis.Shapes;

public sealed class MinimumThroughputBillingCommitmentOutput
{
    public string? Status { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public DateTimeOffset? EarliestAllowedEndAt { get; set; }
}
