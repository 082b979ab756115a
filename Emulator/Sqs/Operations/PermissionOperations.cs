using Emulator.Sqs.Queues;
using Emulator.Sqs.Shapes;

namespace Emulator.Sqs.Operations;

/// <summary>AddPermission and RemovePermission, kept as labelled statements in the queue's Policy attribute.</summary>
public sealed class PermissionOperations(QueueLocator locator, QueueAttributeParser parser, TimeProvider clock) : IOperationGroup
{
    public void Register(OperationRegistry registry)
    {
        registry.Add<AddPermissionRequest, EmptyResult>(SqsService.Sqs, "AddPermission", AddPermission);
        registry.Add<RemovePermissionRequest, EmptyResult>(SqsService.Sqs, "RemovePermission", RemovePermission);
    }

    private EmptyResult AddPermission(AddPermissionRequest request, AwsRequestContext context)
    {
        var label = RequiredLabel(request.Label);
        if (request.Actions!.Count == 0) throw CommonErrors.MissingParameter("Actions");
        PermissionRules.CheckPrincipals(request.AWSAccountIds!);
        PermissionRules.CheckActions(request.Actions);
        PermissionRules.CheckLabel(label);
        var queue = locator.Resolve(request.QueueUrl, context);
        var arn = QueueArn.Of(queue);
        ChangePolicy(queue, policy => QueuePolicy.AddStatement(policy, arn, label, request.AWSAccountIds!, request.Actions));
        return EmptyResult.Instance;
    }

    private EmptyResult RemovePermission(RemovePermissionRequest request, AwsRequestContext context)
    {
        var label = RequiredLabel(request.Label);
        var queue = locator.Resolve(request.QueueUrl, context);
        ChangePolicy(queue, policy => QueuePolicy.RemoveStatement(policy, label));
        return EmptyResult.Instance;
    }

    private void ChangePolicy(SqsQueue queue, Func<string?, string?> change) =>
        queue.ChangeSettings(
            settings => parser.Apply(settings, new Dictionary<string, string> { [QueueAttributeNames.Policy] = change(settings.Policy) ?? "" },
                QueueArn.Of(queue)),
            clock.GetUtcNow());

    private static string RequiredLabel(string? label) =>
        string.IsNullOrEmpty(label) ? throw CommonErrors.MissingParameter("Label") : label;
}
