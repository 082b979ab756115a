using Emulator.Protocol.SigV4;
using System.Collections.Frozen;

namespace Emulator.Sqs.Queues;

/// <summary>
/// In strict mode, a queue's Policy attribute decides what other accounts and services may do with it (see
/// <see cref="ResourcePolicy"/>); callers in the queue's own account may do everything, as identity policies are not
/// modelled. As on AWS, a batch action is allowed by its single action's permission, and the actions that AWS keeps to the
/// owner (SQS developer guide, "Limitations of Amazon SQS custom policies") are refused to other accounts whatever the
/// policy says. Outside strict mode everyone may do everything, as before.
/// </summary>
public sealed class QueueAccess(AuthenticationMode authentication)
{
    private static readonly FrozenSet<string> OwnerOnly = new[]
    {
        "AddPermission", "CancelMessageMoveTask", "CreateQueue", "DeleteQueue", "ListMessageMoveTasks", "ListQueues", "ListQueueTags",
        "RemovePermission", "SetQueueAttributes", "StartMessageMoveTask", "TagQueue", "UntagQueue",
    }.ToFrozenSet();

    /// <summary>Allows the request's operation on the queue, or throws SQS's AccessDenied.</summary>
    public void Authorize(SqsQueue queue, AwsRequestContext context)
    {
        if (!authentication.IsStrict || context.AccountId == queue.AccountId) return;
        if (OwnerOnly.Contains(context.Operation)
            || ResourcePolicy.Evaluate(queue.Settings.Policy, "sqs:" + Action(context.Operation), context.AccountId) != PolicyDecision.Allow)
            throw SqsErrors.AccessDenied(queue.UrlFor(context.BaseUrl));
    }

    /// <summary>Whether a service may send into the queue on behalf of one of its resources (SNS for a topic).</summary>
    public bool AllowsSend(SqsQueue queue, ServiceCaller caller) =>
        !authentication.IsStrict || ResourcePolicy.Evaluate(queue.Settings.Policy, "sqs:SendMessage", caller) == PolicyDecision.Allow;

    private static string Action(string operation) => operation.EndsWith("Batch", StringComparison.Ordinal) ? operation[..^"Batch".Length] : operation;
}
