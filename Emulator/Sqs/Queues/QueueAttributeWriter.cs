using System.Globalization;
using static Emulator.Sqs.Queues.QueueAttributeNames;

namespace Emulator.Sqs.Queues;

/// <summary>The attributes GetQueueAttributes reports for a queue, each as SQS writes it.</summary>
public static class QueueAttributeWriter
{
    private static readonly string[] MessageCounts =
        [ApproximateNumberOfMessages, ApproximateNumberOfMessagesNotVisible, ApproximateNumberOfMessagesDelayed];

    /// <summary>The requested attributes (<c>All</c> for every one); null when none were asked for.</summary>
    public static Dictionary<string, string>? Write(SqsQueue queue, IReadOnlyList<string>? requested)
    {
        if (requested is null || requested.Count == 0) return null;
        foreach (var name in requested)
            if (!IsKnown(name)) throw SqsErrors.InvalidAttributeName(name);
        var all = requested.Contains(All);
        var wanted = new HashSet<string>(requested, StringComparer.Ordinal);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string name, Func<string?> value)
        {
            if ((all || wanted.Contains(name)) && value() is { } text) result[name] = text;
        }

        var counts = all || wanted.Overlaps(MessageCounts) ? queue.Messages.Counts() : default;
        var settings = queue.Settings;
        Add(QueueAttributeNames.QueueArn, () => queue.Arn);
        Add(ApproximateNumberOfMessages, () => Number(counts.Visible));
        Add(ApproximateNumberOfMessagesNotVisible, () => Number(counts.NotVisible));
        Add(ApproximateNumberOfMessagesDelayed, () => Number(counts.Delayed));
        Add(CreatedTimestamp, () => Number(queue.CreatedTimestamp.ToUnixTimeSeconds()));
        Add(LastModifiedTimestamp, () => Number(queue.LastModifiedTimestamp.ToUnixTimeSeconds()));
        foreach (var name in SettableInOrder)
            Add(name, () => Reported(settings, name, queue.IsFifo));
        return result.Count == 0 ? null : result;
    }

    /// <summary>
    /// A settable attribute's value as text, whether or not GetQueueAttributes would show it; null when unset.
    /// CreateQueue compares these to decide whether a queue of the same name already has the requested attributes.
    /// </summary>
    public static string? Text(QueueSettings settings, string name) => name switch
    {
        VisibilityTimeout => Number(settings.VisibilityTimeout),
        MaximumMessageSize => Number(settings.MaximumMessageSize),
        MessageRetentionPeriod => Number(settings.MessageRetentionPeriod),
        DelaySeconds => Number(settings.DelaySeconds),
        ReceiveMessageWaitTimeSeconds => Number(settings.ReceiveMessageWaitTimeSeconds),
        Policy => settings.Policy,
        QueueAttributeNames.RedrivePolicy => settings.RedrivePolicy?.ToJson(),
        // Reported as the client wrote it, as SQS does.
        QueueAttributeNames.RedriveAllowPolicy => settings.Raw.GetValueOrDefault(QueueAttributeNames.RedriveAllowPolicy),
        KmsMasterKeyId => settings.KmsMasterKeyId,
        KmsDataKeyReusePeriodSeconds => Number(settings.KmsDataKeyReusePeriodSeconds),
        SqsManagedSseEnabled => Bool(settings.SqsManagedSseEnabled),
        FifoQueue => Bool(settings.FifoQueue),
        ContentBasedDeduplication => Bool(settings.ContentBasedDeduplication),
        DeduplicationScope => settings.DeduplicationScope,
        FifoThroughputLimit => settings.FifoThroughputLimit,
        _ => null,
    };

    /// <summary>FIFO attributes appear only on FIFO queues, the key reuse period only with a KMS key.</summary>
    private static string? Reported(QueueSettings settings, string name, bool isFifo) =>
        (FifoOnly.Contains(name) && !isFifo) || (name == KmsDataKeyReusePeriodSeconds && settings.KmsMasterKeyId is null)
            ? null
            : Text(settings, name);

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
