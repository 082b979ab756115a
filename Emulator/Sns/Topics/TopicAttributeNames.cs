namespace Emulator.Sns.Topics;

/// <summary>The attribute names of a topic: those a client sets and those only GetTopicAttributes reports.</summary>
public static class TopicAttributeNames
{
    public const string Policy = "Policy";
    public const string DisplayName = "DisplayName";
    public const string DeliveryPolicy = "DeliveryPolicy";
    public const string KmsMasterKeyId = "KmsMasterKeyId";
    public const string SignatureVersion = "SignatureVersion";
    public const string TracingConfig = "TracingConfig";
    public const string FifoTopic = "FifoTopic";
    public const string ContentBasedDeduplication = "ContentBasedDeduplication";
    public const string ArchivePolicy = "ArchivePolicy";
    public const string FifoThroughputScope = "FifoThroughputScope";

    public const string TopicArn = "TopicArn";
    public const string Owner = "Owner";
    public const string SubscriptionsPending = "SubscriptionsPending";
    public const string SubscriptionsConfirmed = "SubscriptionsConfirmed";
    public const string SubscriptionsDeleted = "SubscriptionsDeleted";
    public const string EffectiveDeliveryPolicy = "EffectiveDeliveryPolicy";
    public const string BeginningArchiveTime = "BeginningArchiveTime";

    /// <summary>Delivery status logging: a role and sample rate per delivery protocol.</summary>
    public static readonly IReadOnlySet<string> Feedback = new[] { "Application", "HTTP", "Lambda", "SQS", "Firehose" }
        .SelectMany(p => new[] { $"{p}SuccessFeedbackRoleArn", $"{p}SuccessFeedbackSampleRate", $"{p}FailureFeedbackRoleArn" })
        .ToHashSet(StringComparer.Ordinal);

    public static bool IsSettable(string name) => name is Policy or DisplayName or DeliveryPolicy or KmsMasterKeyId
        or SignatureVersion or TracingConfig or ContentBasedDeduplication or ArchivePolicy or FifoThroughputScope
        || Feedback.Contains(name);
}
