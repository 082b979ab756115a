namespace Emulator.Sqs.MoveTasks;

/// <summary>
/// One message move task: its parameters, and its progress and status as ListMessageMoveTasks reports them. Progress
/// follows the emulator's clock: each second since the start (the first one at once) lets
/// <see cref="MaxNumberOfMessagesPerSecond"/> more messages move, and a task without a rate moves every message at once.
/// </summary>
public sealed class MessageMoveTask
{
    private readonly Lock _gate = new();
    private long _moved;
    private string _status = MoveTaskStatus.Running;
    private string? _failureReason;

    public required string Handle { get; init; }
    public required string SourceArn { get; init; }
    public string? DestinationArn { get; init; }
    public int? MaxNumberOfMessagesPerSecond { get; init; }
    public required long ApproximateNumberOfMessagesToMove { get; init; }
    public required long StartedTimestamp { get; init; }

    /// <summary>The status, messages moved so far and failure reason, read together.</summary>
    public MoveTaskProgress Progress
    {
        get
        {
            lock (_gate) return new MoveTaskProgress(_status, _moved, _failureReason);
        }
    }

    /// <summary>
    /// Moves, through <paramref name="move"/> (given how many messages it may move), what the rate allows at
    /// <paramref name="nowMs"/>; answers whether the task still runs.
    /// </summary>
    public bool CatchUp(long nowMs, Func<int, MoveStep> move)
    {
        lock (_gate)
        {
            if (_status != MoveTaskStatus.Running) return false;
            var allowed = MaxNumberOfMessagesPerSecond is { } rate
                ? rate * ((nowMs - StartedTimestamp) / 1000 + 1) - _moved
                : int.MaxValue;
            if (allowed <= 0) return true;
            var step = move((int)Math.Min(allowed, int.MaxValue));
            _moved += step.Moved;
            if (step.FailureReason is not null) (_status, _failureReason) = (MoveTaskStatus.Failed, step.FailureReason);
            else if (step.SourceEmpty) _status = MoveTaskStatus.Completed;
            return _status == MoveTaskStatus.Running;
        }
    }

    /// <summary>Stops a running task at once; answers how many messages it moved.</summary>
    public long Cancel()
    {
        lock (_gate)
        {
            if (_status != MoveTaskStatus.Running) throw SqsErrors.UnsupportedOperation("Only active tasks can be cancelled.");
            _status = MoveTaskStatus.Cancelled;
            return _moved;
        }
    }
}

/// <summary>A task's state as one reading.</summary>
public readonly record struct MoveTaskProgress(string Status, long Moved, string? FailureReason);

/// <summary>What one step of a task did: messages moved, whether the source has none left, or why it failed.</summary>
public readonly record struct MoveStep(int Moved, bool SourceEmpty, string? FailureReason = null);

public static class MoveTaskStatus
{
    public const string Running = "RUNNING";
    public const string Cancelled = "CANCELLED";
    public const string Completed = "COMPLETED";
    public const string Failed = "FAILED";
}
