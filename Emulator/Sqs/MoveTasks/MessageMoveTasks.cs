using System.Collections.Concurrent;
using Emulator.Protocol.Errors;
using Emulator.Sqs.Messages;
using Emulator.Sqs.Queues;

namespace Emulator.Sqs.MoveTasks;

/// <summary>
/// Message move tasks: move a dead-letter queue's messages back to their source queues or to a chosen queue, at an
/// optional rate measured on the emulator's clock, on a background task that a cancel stops between batches.
/// </summary>
public sealed class MessageMoveTasks(SqsStore store, TimeProvider clock)
{
    private const int UnlimitedBatch = 100;
    private readonly ConcurrentDictionary<string, MessageMoveTask> _byHandle = new(StringComparer.Ordinal);

    public MessageMoveTask Start(string sourceArn, string? destinationArn, int? ratePerSecond)
    {
        var source = store.FindByArn(sourceArn) ?? throw NotFound("SourceArn");
        if (!store.AllQueues().Any(q => q.Settings.RedrivePolicy?.DeadLetterTargetArn == sourceArn))
            throw CommonErrors.InvalidParameterValue("Source queue must be configured as a Dead Letter Queue.");
        if (destinationArn is not null && store.FindByArn(destinationArn) is null)
            throw NotFound("DestinationArn");
        if (ratePerSecond is < 1 or > 500)
            throw CommonErrors.InvalidParameterValue(
                $"Value {ratePerSecond} for parameter MaxNumberOfMessagesPerSecond is invalid. Reason: Must be between 1 and 500.");
        if (_byHandle.Values.Any(t => t.SourceArn == sourceArn && t.Status is MoveTaskStatus.Running or MoveTaskStatus.Cancelling))
            throw CommonErrors.InvalidParameterValue(
                "There is already a task running. Only one active task is allowed for a source queue arn at a given time.");

        var task = new MessageMoveTask
        {
            Handle = MoveTaskHandle.New(sourceArn).Encode(),
            SourceArn = sourceArn,
            DestinationArn = destinationArn,
            MaxNumberOfMessagesPerSecond = ratePerSecond,
            ApproximateNumberOfMessagesToMove = source.Messages.Counts().Visible,
            StartedTimestamp = clock.GetUtcNow().ToUnixTimeMilliseconds(),
        };
        _byHandle[task.Handle] = task;
        _ = Task.Run(() => RunAsync(task, source));
        return task;
    }

    public MessageMoveTask Cancel(string handle)
    {
        var decoded = MoveTaskHandle.TryDecode(handle) ?? throw CommonErrors.InvalidParameterValue("Value for parameter TaskHandle is invalid.");
        if (store.FindByArn(decoded.SourceArn) is null) throw NotFound("SourceArn");
        if (!_byHandle.TryGetValue(handle, out var task)) throw SqsErrors.ResourceNotFound("Task does not exist.");
        if (task.Status != MoveTaskStatus.Running)
            throw SqsErrors.UnsupportedOperation("Only active tasks can be cancelled.");
        task.Status = MoveTaskStatus.Cancelling;
        task.Cancellation.Cancel();
        return task;
    }

    /// <summary>The tasks of one source queue, most recent first.</summary>
    public IReadOnlyList<MessageMoveTask> List(string sourceArn, int max)
    {
        if (store.FindByArn(sourceArn) is null) throw NotFound("SourceArn");
        return _byHandle.Values.Where(t => t.SourceArn == sourceArn)
            .OrderByDescending(t => t.StartedTimestamp).Take(max).ToList();
    }

    public void Clear()
    {
        foreach (var task in _byHandle.Values) task.Cancellation.Cancel();
        _byHandle.Clear();
    }

    private async Task RunAsync(MessageMoveTask task, SqsQueue source)
    {
        var batchSize = task.MaxNumberOfMessagesPerSecond ?? UnlimitedBatch;
        try
        {
            while (!task.Cancellation.IsCancellationRequested)
            {
                var batch = source.Messages.TakeVisible(batchSize);
                if (batch.Count == 0)
                {
                    task.Status = MoveTaskStatus.Completed;
                    return;
                }
                if (!Deliver(task, source, batch)) return;
                if (task.MaxNumberOfMessagesPerSecond is not null)
                    await Task.Delay(TimeSpan.FromSeconds(1), clock, task.Cancellation.Token).ConfigureAwait(false);
                else
                    await Task.Yield();
            }
        }
        catch (OperationCanceledException)
        {
        }
        if (task.Status == MoveTaskStatus.Cancelling) task.Status = MoveTaskStatus.Cancelled;
    }

    private bool Deliver(MessageMoveTask task, SqsQueue source, IReadOnlyList<SqsMessage> batch)
    {
        var moved = 0;
        foreach (var message in batch)
        {
            var targetArn = task.DestinationArn ?? message.DeadLetterSourceArn;
            var target = targetArn is null ? null : store.FindByArn(targetArn);
            if (target is null)
            {
                foreach (var unmoved in batch.Skip(moved)) source.Messages.AcceptMoved(unmoved, unmoved.DeadLetterSourceArn, keepReceiveCount: true);
                task.FailureReason = $"The destination queue {targetArn ?? "(none recorded)"} does not exist.";
                task.Status = MoveTaskStatus.Failed;
                return false;
            }
            target.Messages.AcceptMoved(message, null, keepReceiveCount: false);
            moved++;
        }
        task.CountMoved(moved);
        return true;
    }

    private static AwsError NotFound(string parameter) =>
        SqsErrors.ResourceNotFound($"The resource that you specified for the {parameter} parameter doesn't exist.");
}
