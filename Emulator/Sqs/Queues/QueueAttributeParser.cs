using static Emulator.Sqs.Queues.QueueAttributeNames;

namespace Emulator.Sqs.Queues;

/// <summary>
/// Turns the attribute maps of CreateQueue and SetQueueAttributes into typed <see cref="QueueSettings"/>,
/// enforcing each attribute's name, range and rules with SQS's errors. Names are checked before values, and
/// values in a fixed order, so a request with several faults always gets the same answer.
/// </summary>
public sealed class QueueAttributeParser(SqsStore store)
{
    public QueueSettings Apply(QueueSettings current, IReadOnlyDictionary<string, string> attributes, QueueArn queue) =>
        Apply(current, attributes, queue, checkTargets: true);

    /// <summary>
    /// The settings of a queue read back from its record (durable mode, snapshots): its dead-letter queue need not exist
    /// (yet), as it need not once a redrive policy is set.
    /// </summary>
    public QueueSettings Restore(IReadOnlyDictionary<string, string> attributes, QueueArn queue) =>
        Apply(new QueueSettings { FifoQueue = queue.IsFifo }, attributes, queue, checkTargets: false);

    private QueueSettings Apply(QueueSettings current, IReadOnlyDictionary<string, string> attributes, QueueArn queue, bool checkTargets)
    {
        CheckNames(attributes.Keys, queue.IsFifo);
        var settings = current;
        foreach (var name in SettableInOrder)
            if (attributes.TryGetValue(name, out var value))
                settings = Set(settings, name, value, queue, checkTargets);
        settings = ApplyEncryption(settings, attributes);
        if (settings.FifoThroughputLimit == "perMessageGroupId" && settings.DeduplicationScope != "messageGroup")
            throw SqsErrors.InvalidAttributeValue(
                "The perMessageGroupId value is allowed only when the value for DeduplicationScope is messageGroup");
        return settings with { Raw = Raw(current.Raw, attributes, settings) };
    }

    /// <summary>Rejects names SQS does not know, and FIFO attributes given to a standard queue.</summary>
    public static void CheckNames(IEnumerable<string> names, bool isFifo)
    {
        foreach (var name in names)
        {
            if (!Settable.Contains(name)) throw SqsErrors.InvalidAttributeName(name);
            if (!isFifo && FifoOnly.Contains(name))
                throw name is DeduplicationScope or FifoThroughputLimit
                    ? SqsErrors.FifoOnlyAttribute(name)
                    : SqsErrors.InvalidAttributeName(name);
        }
    }

    private QueueSettings Set(QueueSettings settings, string name, string value, QueueArn queue, bool checkTargets) => name switch
    {
        VisibilityTimeout => settings with { VisibilityTimeout = AttributeValues.Integer(name, value, 0, 43_200) },
        MaximumMessageSize => settings with { MaximumMessageSize = AttributeValues.Integer(name, value, 1_024, 1_048_576) },
        MessageRetentionPeriod => settings with { MessageRetentionPeriod = AttributeValues.Integer(name, value, 60, 1_209_600) },
        DelaySeconds => settings with { DelaySeconds = AttributeValues.Integer(name, value, 0, 900) },
        ReceiveMessageWaitTimeSeconds => settings with { ReceiveMessageWaitTimeSeconds = AttributeValues.Integer(name, value, 0, 20) },
        Policy => settings with { Policy = ParsePolicy(value) },
        QueueAttributeNames.RedrivePolicy => settings with
        {
            RedrivePolicy = value.Length == 0 ? null : checkTargets ? ParseRedrivePolicy(value, queue) : Queues.RedrivePolicy.Parse(value),
        },
        QueueAttributeNames.RedriveAllowPolicy => settings with
        {
            RedriveAllowPolicy = value.Length == 0 ? Queues.RedriveAllowPolicy.Default : Queues.RedriveAllowPolicy.Parse(value),
        },
        KmsDataKeyReusePeriodSeconds => settings with { KmsDataKeyReusePeriodSeconds = AttributeValues.Integer(name, value, 60, 86_400) },
        FifoQueue => AttributeValues.Boolean(name, value) ? settings : throw AttributeValues.Invalid(name, "Modifying queue type is not supported."),
        ContentBasedDeduplication => settings with { ContentBasedDeduplication = AttributeValues.Boolean(name, value) },
        DeduplicationScope => settings with { DeduplicationScope = AttributeValues.OneOf(name, value, "messageGroup", "queue") },
        FifoThroughputLimit => settings with { FifoThroughputLimit = AttributeValues.OneOf(name, value, "perQueue", "perMessageGroupId") },
        _ => settings, // KmsMasterKeyId and SqsManagedSseEnabled depend on each other: see ApplyEncryption.
    };

    /// <summary>
    /// A queue uses one kind of server-side encryption: a KMS key turns SQS-managed encryption off, enabling
    /// SQS-managed encryption drops the key, and asking for both at once is refused.
    /// </summary>
    private static QueueSettings ApplyEncryption(QueueSettings settings, IReadOnlyDictionary<string, string> attributes)
    {
        var key = attributes.GetValueOrDefault(KmsMasterKeyId);
        bool? managed = attributes.TryGetValue(SqsManagedSseEnabled, out var text) ? AttributeValues.Boolean(SqsManagedSseEnabled, text) : null;
        if (key is { Length: > 0 } && managed == true)
            throw SqsErrors.TwoKindsOfEncryption();
        if (key is not null)
            settings = key.Length == 0
                ? settings with { KmsMasterKeyId = null }
                : settings with { KmsMasterKeyId = key, SqsManagedSseEnabled = false };
        if (managed is { } enabled)
            settings = enabled ? settings with { SqsManagedSseEnabled = true, KmsMasterKeyId = null } : settings with { SqsManagedSseEnabled = false };
        return settings;
    }

    private static string? ParsePolicy(string value)
    {
        if (value.Length == 0) return null;
        QueuePolicy.Check(value);
        return value;
    }

    private RedrivePolicy ParseRedrivePolicy(string value, QueueArn source)
    {
        var policy = Queues.RedrivePolicy.Parse(value);
        QueueArn.TryParse(policy.DeadLetterTargetArn, out var target);
        if (target.IsFifo != source.IsFifo)
            throw AttributeValues.Invalid(QueueAttributeNames.RedrivePolicy, value, "Dead-letter queue must be same type of queue as the source..");
        var deadLetterQueue = store.FindByArn(policy.DeadLetterTargetArn)
            ?? throw AttributeValues.Invalid(QueueAttributeNames.RedrivePolicy, value, "Dead letter target does not exist.");
        if (!deadLetterQueue.Settings.RedriveAllowPolicy.Allows(source, target))
            throw AttributeValues.Invalid(QueueAttributeNames.RedrivePolicy, value,
                $"The RedriveAllowPolicy of {target} does not allow {source} to use it as its dead-letter queue.");
        return policy;
    }

    /// <summary>The attributes as clients set them, without those cleared by an empty value or by another attribute.</summary>
    private static Dictionary<string, string> Raw(
        IReadOnlyDictionary<string, string> current, IReadOnlyDictionary<string, string> attributes, QueueSettings settings)
    {
        var raw = new Dictionary<string, string>(current, StringComparer.Ordinal);
        foreach (var (name, value) in attributes)
        {
            if (value.Length == 0 && ClearedByEmpty.Contains(name)) raw.Remove(name);
            else raw[name] = value;
        }
        if (settings.KmsMasterKeyId is null) raw.Remove(KmsMasterKeyId);
        return raw;
    }
}
