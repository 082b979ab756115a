namespace Emulator.Kinesis.Shapes;

public sealed class DescribeLimitsInput
{

}

public sealed class DescribeLimitsOutput
{
    public int? ShardLimit { get; set; }

    public int? OpenShardCount { get; set; }

    public int? OnDemandStreamCount { get; set; }

    public int? OnDemandStreamCountLimit { get; set; }
}
