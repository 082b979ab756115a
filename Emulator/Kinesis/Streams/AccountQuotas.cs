namespace Emulator.Kinesis.Streams;

/// <summary>The quotas of an account and region that creating, resharding or converting streams must keep.</summary>
public sealed class AccountQuotas(KinesisStore store, KinesisLimits limits)
{
    public int OpenShards(AwsRequestContext context) => store.In(context.AccountId, context.Region).Sum(s => s.OpenShards.Count);

    public int OnDemandStreams(AwsRequestContext context) => store.In(context.AccountId, context.Region).Count(s => s.Settings.Mode == "ON_DEMAND");

    /// <summary>Refuses a request that would open <paramref name="added"/> more shards than the shard quota leaves.</summary>
    public void RequireShardRoom(AwsRequestContext context, int added)
    {
        var open = OpenShards(context);
        if ((long)open + added > limits.ShardLimit)
            throw KinesisErrors.LimitExceeded(
                $"This request would exceed the shard limit for the account {context.AccountId} in {context.Region}. Current shard count for the account: {open}. Limit: {limits.ShardLimit}. Number of additional shards that would have resulted from this request: {added}. Refer to the AWS Service Limits page (https://docs.aws.amazon.com/general/latest/gr/aws_service_limits.html) for current limits and how to request higher limits.");
    }

    /// <summary>Refuses one more on-demand stream when the account has as many as its quota allows (50 by default).</summary>
    public void RequireOnDemandRoom(AwsRequestContext context)
    {
        var onDemand = OnDemandStreams(context);
        if (onDemand >= limits.OnDemandStreamCountLimit)
            throw KinesisErrors.LimitExceeded(
                $"This request would exceed the limit of {limits.OnDemandStreamCountLimit} on-demand streams for the account {context.AccountId} in {context.Region}. Current on-demand stream count for the account: {onDemand}.");
    }
}
