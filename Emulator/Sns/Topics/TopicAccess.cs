namespace Emulator.Sns.Topics;

/// <summary>
/// The topic's resource policy, applied to callers from other accounts (see <see cref="ResourcePolicy"/>): an action is
/// allowed when an Allow statement names the caller's account and the action, and no Deny statement does. Callers in the
/// topic's own account are allowed everything, as identity policies are not modelled. Statements with conditions do not
/// apply to direct calls from another account: their keys (<c>AWS:SourceOwner</c>, <c>aws:SourceArn</c>) describe
/// requests made on behalf of other AWS resources.
/// </summary>
public static class TopicAccess
{
    /// <summary>Allows the request's operation on the topic, or throws AuthorizationError; PublishBatch is the action Publish.</summary>
    public static void Authorize(Topic topic, AwsRequestContext context)
    {
        if (context.AccountId == topic.AccountId) return;
        var action = context.Operation == "PublishBatch" ? "Publish" : context.Operation;
        var policy = topic.Attributes.GetValueOrDefault(TopicAttributeNames.Policy);
        if (ResourcePolicy.Evaluate(policy, "SNS:" + action, context.AccountId) != PolicyDecision.Allow) throw Denied(topic, context, action);
    }

    private static Exception Denied(Topic topic, AwsRequestContext context, string action) => SnsErrors.AuthorizationError(
        $"User: arn:aws:iam::{context.AccountId}:root is not authorized to perform: SNS:{action} on resource: {topic.Arn} " +
        $"because no resource-based policy allows the SNS:{action} action");
}
