using System.Globalization;
using static Emulator.Sqs.Queues.QueueAttributeNames;

namespace Emulator.Sqs.Queues;

/// <summary>The attributes GetQueueAttributes reports for a queue, each as SQS writes it.</summary>
public static class QueueAttributeWriter
{
    public static Dictionary<string, string>? Write(SqsQueue queue, IReadOnlyList<string>? requested)
    {
        if (requested is null || requested.Count == 0) return null;
        foreach (var name in requested)
            if (!IsKnown(name)) throw SqsErrors.InvalidAttributeName(name);
        var all = requested.Contains(All);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var settings = queue.Settings;
        var counts = queue.Messages.Counts();
        void Add(string name, Func<string?> value)
        {
            if ((all || requested.Contains(name)) && value() is { } text) result[name] = text;
        }

        Add(QueueArn, () => queue.Arn);
        Add(ApproximateNumberOfMessages, () => Number(counts.Visible));
        Add(ApproximateNumberOfMessagesNotVisible, () => Number(counts.NotVisible));
        Add(ApproximateNumberOfMessagesDelayed, () => Number(counts.Delayed));
        Add(CreatedTimestamp, () => Number(queue.CreatedTimestamp.ToUnixTimeSeconds()));
        Add(LastModifiedTimestamp, () => Number(queue.LastModifiedTimestamp.ToUnixTimeSeconds()));
        foreach (var name in Settable)
            if (queue.IsFifo || !FifoOnly.Contains(name)) Add(name, () => SettingText(settings, name, queue.IsFifo));
        return result;
    }

    /// <summary>A settable attribute's current value as GetQueueAttributes writes it; null when it is not reported.</summary>
    public static string? SettingText(QueueSettings settings, string name, bool isFifo) => name switch
    {
        VisibilityTimeout => Number(settings.VisibilityTimeout),
        MaximumMessageSize => Number(settings.MaximumMessageSize),
        MessageRetentionPeriod => Number(settings.MessageRetentionPeriod),
        DelaySeconds => Number(settings.DelaySeconds),
        ReceiveMessageWaitTimeSeconds => Number(settings.ReceiveMessageWaitTimeSeconds),
        Policy => settings.Policy,
        QueueAttributeNames.RedrivePolicy => settings.RedrivePolicy is { } p
            ? $"{{\"deadLetterTargetArn\":\"{p.DeadLetterTargetArn}\",\"maxReceiveCount\":{p.MaxReceiveCount}}}"
            : null,
        QueueAttributeNames.RedriveAllowPolicy => settings.Raw.GetValueOrDefault(QueueAttributeNames.RedriveAllowPolicy) is { Length: > 0 } raw ? raw : null,
        KmsMasterKeyId => settings.KmsMasterKeyId,
        KmsDataKeyReusePeriodSeconds => settings.KmsMasterKeyId is null ? null : Number(settings.KmsDataKeyReusePeriodSeconds),
        SqsManagedSseEnabled => Bool(settings.SqsManagedSseEnabled),
        FifoQueue => isFifo ? "true" : null,
        ContentBasedDeduplication => isFifo ? Bool(settings.ContentBasedDeduplication) : null,
        DeduplicationScope => isFifo ? settings.DeduplicationScope : null,
        FifoThroughputLimit => isFifo ? settings.FifoThroughputLimit : null,
        _ => null,
    };

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
