using Emulator.Protocol.Routing;
using Emulator.Sqs.Queues;
using Emulator.Sqs.Shapes;

namespace Emulator.Sqs.Operations;

/// <summary>AddPermission and RemovePermission, kept in the queue's Policy attribute.</summary>
public sealed class PermissionOperations(QueueLocator locator, TimeProvider clock) : ISqsOperations
{
    public void Register(OperationRegistry registry)
    {
        registry.Add<AddPermissionRequest, EmptyResult>(SqsService.Sqs, "AddPermission", AddPermission);
        registry.Add<RemovePermissionRequest, EmptyResult>(SqsService.Sqs, "RemovePermission", RemovePermission);
    }

    private EmptyResult AddPermission(AddPermissionRequest request, AwsRequestContext context)
    {
        var queue = locator.Resolve(request.QueueUrl, context);
        var policy = QueuePolicy.AddStatement(queue.Settings.Policy, queue.Arn, request.Label!, request.AWSAccountIds!, request.Actions!);
        queue.UpdateSettings(queue.Settings with { Policy = policy }, clock.GetUtcNow());
        return EmptyResult.Instance;
    }

    private EmptyResult RemovePermission(RemovePermissionRequest request, AwsRequestContext context)
    {
        var queue = locator.Resolve(request.QueueUrl, context);
        var policy = QueuePolicy.RemoveStatement(queue.Settings.Policy, request.Label!);
        queue.UpdateSettings(queue.Settings with { Policy = policy }, clock.GetUtcNow());
        return EmptyResult.Instance;
    }
}
