namespace Emulator.Sqs.Queues;

/// <summary>The queue attribute names SQS knows, and which of them clients may set.</summary>
public static class QueueAttributeNames
{
    public const string All = "All";
    public const string DelaySeconds = "DelaySeconds";
    public const string MaximumMessageSize = "MaximumMessageSize";
    public const string MessageRetentionPeriod = "MessageRetentionPeriod";
    public const string ReceiveMessageWaitTimeSeconds = "ReceiveMessageWaitTimeSeconds";
    public const string VisibilityTimeout = "VisibilityTimeout";
    public const string RedrivePolicy = "RedrivePolicy";
    public const string RedriveAllowPolicy = "RedriveAllowPolicy";
    public const string Policy = "Policy";
    public const string KmsMasterKeyId = "KmsMasterKeyId";
    public const string KmsDataKeyReusePeriodSeconds = "KmsDataKeyReusePeriodSeconds";
    public const string SqsManagedSseEnabled = "SqsManagedSseEnabled";
    public const string FifoQueue = "FifoQueue";
    public const string ContentBasedDeduplication = "ContentBasedDeduplication";
    public const string DeduplicationScope = "DeduplicationScope";
    public const string FifoThroughputLimit = "FifoThroughputLimit";
    public const string ApproximateNumberOfMessages = "ApproximateNumberOfMessages";
    public const string ApproximateNumberOfMessagesNotVisible = "ApproximateNumberOfMessagesNotVisible";
    public const string ApproximateNumberOfMessagesDelayed = "ApproximateNumberOfMessagesDelayed";
    public const string CreatedTimestamp = "CreatedTimestamp";
    public const string LastModifiedTimestamp = "LastModifiedTimestamp";
    public const string QueueArn = "QueueArn";

    /// <summary>The attributes clients may set, in the order SQS checks and reports them.</summary>
    public static readonly IReadOnlyList<string> SettableInOrder =
    [
        VisibilityTimeout, MaximumMessageSize, MessageRetentionPeriod, DelaySeconds, ReceiveMessageWaitTimeSeconds,
        Policy, RedrivePolicy, RedriveAllowPolicy, KmsMasterKeyId, KmsDataKeyReusePeriodSeconds, SqsManagedSseEnabled,
        FifoQueue, ContentBasedDeduplication, DeduplicationScope, FifoThroughputLimit,
    ];

    public static readonly IReadOnlySet<string> Settable = new HashSet<string>(SettableInOrder, StringComparer.Ordinal);

    /// <summary>Attributes a client clears by setting them to the empty string.</summary>
    public static readonly IReadOnlySet<string> ClearedByEmpty = new HashSet<string>(StringComparer.Ordinal)
    {
        Policy, RedrivePolicy, RedriveAllowPolicy, KmsMasterKeyId,
    };

    public static readonly IReadOnlySet<string> FifoOnly = new HashSet<string>(StringComparer.Ordinal)
    {
        FifoQueue, ContentBasedDeduplication, DeduplicationScope, FifoThroughputLimit,
    };

    public static readonly IReadOnlySet<string> ReadOnly = new HashSet<string>(StringComparer.Ordinal)
    {
        ApproximateNumberOfMessages, ApproximateNumberOfMessagesNotVisible, ApproximateNumberOfMessagesDelayed,
        CreatedTimestamp, LastModifiedTimestamp, QueueArn,
    };

    public static bool IsKnown(string name) => name == All || Settable.Contains(name) || ReadOnly.Contains(name);
}
