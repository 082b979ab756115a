using Emulator.Protocol.Shapes;

namespace Emulator.Kinesis.Shapes;

public sealed class UpdateAccountSettingsInput
{
    [Constraint(NotNull = true)]
    public MinimumThroughputBillingCommitmentInput? MinimumThroughputBillingCommitment { get; set; }
}

public sealed class UpdateAccountSettingsOutput
{
    public MinimumThroughputBillingCommitmentOutput? MinimumThroughputBillingCommitment { get; set; }
}

public sealed class MinimumThroughputBillingCommitmentInput
{
    [Constraint(NotNull = true, Enum = new[] { "ENABLED", "DISABLED" })]
    public string? Status { get; set; }
}
