using System.Collections.Frozen;

namespace Emulator.Kinesis.Streams;

/// <summary>
/// Who may act on a stream or a registered consumer. Callers in the owning account may do anything, as identity policies
/// are not modelled. A caller from another account (who reaches the resource by its ARN) is allowed only the actions
/// AWS lets a resource policy share, and only when the policy of the resource acted on allows them for the caller's
/// account (see <see cref="ResourcePolicy"/>; statements with a Condition do not apply to such direct calls). The
/// actions are those the Kinesis developer guide lists for sharing: on a data stream, reading and writing records and
/// describing it; on a consumer, DescribeStreamConsumer and SubscribeToShard. Everything else (managing the stream, its
/// consumers, tags and policies) is denied to other accounts whatever the policy says.
/// </summary>
public static class StreamAccess
{
    private static readonly FrozenSet<string> SharedStreamActions = FrozenSet.ToFrozenSet(
    [
        "DescribeStream", "DescribeStreamSummary", "ListShards", "GetShardIterator", "GetRecords", "PutRecord", "PutRecords",
    ]);

    private static readonly FrozenSet<string> SharedConsumerActions = FrozenSet.ToFrozenSet(["DescribeStreamConsumer", "SubscribeToShard"]);

    /// <summary>The stream, when the caller may perform the request's operation on it.</summary>
    public static KinesisStream Authorize(KinesisStream stream, AwsRequestContext context)
    {
        Check(stream.AccountId, stream.Arn, stream.ResourcePolicy, SharedStreamActions, context);
        return stream;
    }

    /// <summary>The stream a request names (by name or ARN), when the caller may perform the request's operation on it.</summary>
    public static KinesisStream Authorized(this StreamLocator locator, string? name, string? arn, AwsRequestContext context) =>
        Authorize(locator.Resolve(name, arn, context), context);

    /// <summary>The consumer, when the caller may perform the request's operation on it; its own policy decides, not the stream's.</summary>
    public static StreamConsumer Authorize(StreamConsumer consumer, KinesisStream stream, AwsRequestContext context)
    {
        Check(stream.AccountId, consumer.Arn, consumer.ResourcePolicy, SharedConsumerActions, context);
        return consumer;
    }

    private static void Check(string owner, string arn, string? policy, FrozenSet<string> shared, AwsRequestContext context)
    {
        if (context.AccountId == owner) return;
        var action = context.Operation;
        var decision = shared.Contains(action) ? ResourcePolicy.Evaluate(policy, "kinesis:" + action, context.AccountId) : PolicyDecision.NotAllowed;
        if (decision != PolicyDecision.Allow)
            throw KinesisErrors.AccessDenied(context.AccountId, action, arn, explicitDeny: decision == PolicyDecision.Deny);
    }
}
