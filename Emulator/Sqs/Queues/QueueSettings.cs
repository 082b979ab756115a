namespace Emulator.Sqs.Queues;

/// <summary>
/// A queue's settable attributes, typed. Immutable: SetQueueAttributes swaps in a new instance, so readers on the
/// message path never see a half-applied change. <see cref="Raw"/> keeps the values as the client wrote them,
/// for GetQueueAttributes and CreateQueue's idempotency check.
/// </summary>
public sealed record QueueSettings
{
    public bool FifoQueue { get; init; }
    public int DelaySeconds { get; init; }
    public int MaximumMessageSize { get; init; } = 1_048_576;
    public int MessageRetentionPeriod { get; init; } = 345_600;
    public int ReceiveMessageWaitTimeSeconds { get; init; }
    public int VisibilityTimeout { get; init; } = 30;
    public RedrivePolicy? RedrivePolicy { get; init; }
    public RedriveAllowPolicy RedriveAllowPolicy { get; init; } = RedriveAllowPolicy.Default;
    public bool ContentBasedDeduplication { get; init; }

    /// <summary><c>queue</c> or <c>messageGroup</c> (FIFO only).</summary>
    public string DeduplicationScope { get; init; } = "queue";

    /// <summary><c>perQueue</c> or <c>perMessageGroupId</c> (FIFO only).</summary>
    public string FifoThroughputLimit { get; init; } = "perQueue";

    public string? Policy { get; init; }
    public string? KmsMasterKeyId { get; init; }
    public int KmsDataKeyReusePeriodSeconds { get; init; } = 300;
    public bool SqsManagedSseEnabled { get; init; } = true;

    /// <summary>Attribute values as set by clients, by attribute name.</summary>
    public IReadOnlyDictionary<string, string> Raw { get; init; } = new Dictionary<string, string>();
}
