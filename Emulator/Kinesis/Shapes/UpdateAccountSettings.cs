namespace Emulator.Kinesis.Shapes;

public sealed class UpdateAccountSettingsInput
{
    public MinimumThroughputBillingCommitmentInput? MinimumThroughputBillingCommitment { get; set; }
}

public sealed class UpdateAccountSettingsOutput
{
    public MinimumThroughputBillingCommitmentOutput? MinimumThroughputBillingCommitment { get; set; }
}

public sealed class MinimumThroughputBillingCommitmentInput
{
    public string? Status { get; set; }
}
