using System.Collections.Concurrent;
using Emulator.Sqs.Queues;

namespace Emulator.Sqs.MoveTasks;

/// <summary>
/// Message move tasks: move a dead-letter queue's messages back to their source queues or to a chosen queue, at an
/// optional rate measured on the emulator's clock. A task catches up with the clock whenever it is started, listed or
/// cancelled, and once a second of the clock while it runs, so what a caller reads follows from the clock alone.
/// </summary>
public sealed class MessageMoveTasks(SqsStore store, TimeProvider clock) : IServiceState
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private readonly ConcurrentDictionary<string, MessageMoveTask> _byHandle = new(StringComparer.Ordinal);
    private readonly ScheduledActions _ticks = new(clock);

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
        if (Of(sourceArn).Any(t => CatchUp(t, source)))
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
        Tick(task, source);
        return task;
    }

    /// <summary>Cancels a running task; answers how many messages it moved.</summary>
    public long Cancel(string handle)
    {
        var decoded = MoveTaskHandle.TryDecode(handle) ?? throw CommonErrors.InvalidParameterValue("Value for parameter TaskHandle is invalid.");
        var source = store.FindByArn(decoded.SourceArn) ?? throw NotFound("SourceArn");
        if (!_byHandle.TryGetValue(handle, out var task)) throw SqsErrors.ResourceNotFound("Task does not exist.");
        CatchUp(task, source);
        return task.Cancel();
    }

    /// <summary>The tasks of one source queue, most recent first.</summary>
    public IReadOnlyList<MessageMoveTask> List(string sourceArn, int max)
    {
        var source = store.FindByArn(sourceArn) ?? throw NotFound("SourceArn");
        var tasks = Of(sourceArn).OrderByDescending(t => t.StartedTimestamp).Take(max).ToList();
        foreach (var task in tasks) CatchUp(task, source);
        return tasks;
    }

    public void Reset()
    {
        _ticks.Clear();
        _byHandle.Clear();
    }

    private IEnumerable<MessageMoveTask> Of(string sourceArn) => _byHandle.Values.Where(t => t.SourceArn == sourceArn);

    private void Tick(MessageMoveTask task, SqsQueue source)
    {
        if (CatchUp(task, source)) _ticks.After(Second, () => Tick(task, source));
    }

    private bool CatchUp(MessageMoveTask task, SqsQueue source) =>
        task.CatchUp(clock.GetUtcNow().ToUnixTimeMilliseconds(), max => Move(task, source, max));

    private MoveStep Move(MessageMoveTask task, SqsQueue source, int max)
    {
        var batch = source.Messages.TakeVisible(max);
        for (var moved = 0; moved < batch.Count; moved++)
        {
            var message = batch[moved];
            var target = (task.DestinationArn ?? message.DeadLetterSourceArn) is { } targetArn ? store.FindByArn(targetArn) : null;
            if (target is null)
            {
                foreach (var unmoved in batch.Skip(moved)) source.Messages.AcceptMoved(unmoved, unmoved.DeadLetterSourceArn, keepReceiveCount: true);
                return new MoveStep(moved, SourceEmpty: false, SqsErrors.QueueDoesNotExist().QueryCode);
            }
            target.Messages.AcceptMoved(message, null, keepReceiveCount: false);
        }
        return new MoveStep(batch.Count, source.Messages.Counts().Visible == 0);
    }

    private static AwsError NotFound(string parameter) =>
        SqsErrors.ResourceNotFound($"The resource that you specified for the {parameter} parameter doesn't exist.");
}
