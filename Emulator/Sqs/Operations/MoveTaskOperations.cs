using Emulator.Sqs.MoveTasks;
using Emulator.Sqs.Shapes;

namespace Emulator.Sqs.Operations;

/// <summary>StartMessageMoveTask, CancelMessageMoveTask and ListMessageMoveTasks.</summary>
public sealed class MoveTaskOperations(MessageMoveTasks tasks) : IOperationGroup
{
    public void Register(OperationRegistry registry)
    {
        registry.Add<StartMessageMoveTaskRequest, StartMessageMoveTaskResult>(SqsService.Sqs, "StartMessageMoveTask", (request, _) =>
            new StartMessageMoveTaskResult
            {
                TaskHandle = tasks.Start(request.SourceArn!, request.DestinationArn, request.MaxNumberOfMessagesPerSecond).Handle,
            });
        registry.Add<CancelMessageMoveTaskRequest, CancelMessageMoveTaskResult>(SqsService.Sqs, "CancelMessageMoveTask", (request, _) =>
            new CancelMessageMoveTaskResult { ApproximateNumberOfMessagesMoved = tasks.Cancel(request.TaskHandle!) });
        registry.Add<ListMessageMoveTasksRequest, ListMessageMoveTasksResult>(SqsService.Sqs, "ListMessageMoveTasks", ListMessageMoveTasks);
    }

    private ListMessageMoveTasksResult ListMessageMoveTasks(ListMessageMoveTasksRequest request, AwsRequestContext context)
    {
        var max = request.MaxResults ?? 1;
        if (max is < 1 or > 10)
            throw CommonErrors.InvalidParameterValue(
                $"Value {max} for parameter MaxResults is invalid. Reason: Must be between 1 and 10.");
        return new ListMessageMoveTasksResult { Results = tasks.List(request.SourceArn!, max).Select(Entry).ToList() };
    }

    private static ListMessageMoveTasksResultEntry Entry(MessageMoveTask task)
    {
        var progress = task.Progress;
        return new ListMessageMoveTasksResultEntry
        {
            TaskHandle = progress.Status == MoveTaskStatus.Running ? task.Handle : null,
            Status = progress.Status,
            SourceArn = task.SourceArn,
            DestinationArn = task.DestinationArn,
            MaxNumberOfMessagesPerSecond = task.MaxNumberOfMessagesPerSecond,
            ApproximateNumberOfMessagesMoved = progress.Moved,
            ApproximateNumberOfMessagesToMove = task.ApproximateNumberOfMessagesToMove,
            FailureReason = progress.FailureReason,
            StartedTimestamp = task.StartedTimestamp,
        };
    }
}
