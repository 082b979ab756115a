namespace Emulator.Sqs.MoveTasks;

/// <summary>One message move task: its parameters, progress and status, as ListMessageMoveTasks reports them.</summary>
public sealed class MessageMoveTask
{
    public required string Handle { get; init; }
    public required string SourceArn { get; init; }
    public string? DestinationArn { get; init; }
    public int? MaxNumberOfMessagesPerSecond { get; init; }
    public required long ApproximateNumberOfMessagesToMove { get; init; }
    public required long StartedTimestamp { get; init; }

    private long _moved;
    public long ApproximateNumberOfMessagesMoved => Interlocked.Read(ref _moved);
    public void CountMoved(int count) => Interlocked.Add(ref _moved, count);

    /// <summary>RUNNING, CANCELLING, CANCELLED, COMPLETED or FAILED.</summary>
    public volatile string Status = MoveTaskStatus.Running;
    public volatile string? FailureReason;

    public CancellationTokenSource Cancellation { get; } = new();
}

public static class MoveTaskStatus
{
    public const string Running = "RUNNING";
    public const string Cancelling = "CANCELLING";
    public const string Cancelled = "CANCELLED";
    public const string Completed = "COMPLETED";
    public const string Failed = "FAILED";
}
