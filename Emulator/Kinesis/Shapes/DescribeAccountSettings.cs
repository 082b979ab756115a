namespace Emulator.Kinesis.Shapes;

public sealed class DescribeAccountSettingsInput
{

}

public sealed class DescribeAccountSettingsOutput
{
    public MinimumThroughputBillingCommitmentOutput? MinimumThroughputBillingCommitment { get; set; }
}
