using System.Globalization;
using Emulator.Protocol.Errors;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using static Emulator.Sqs.Queues.QueueAttributeNames;

namespace Emulator.Sqs.Queues;

/// <summary>
/// Turns attribute maps from CreateQueue and SetQueueAttributes into typed <see cref="QueueSettings"/>, enforcing
/// each attribute's range and rules with SQS's errors.
/// </summary>
public sealed class QueueAttributeParser(SqsStore store)
{
    public QueueSettings Apply(QueueSettings current, IReadOnlyDictionary<string, string> attributes, string queueArn, bool isFifo, bool creating)
    {
        var raw = new Dictionary<string, string>(current.Raw);
        var settings = current;
        foreach (var (name, value) in attributes)
        {
            if (!Settable.Contains(name))
                throw SqsErrors.InvalidAttributeName(name);
            if (FifoOnly.Contains(name) && name != FifoQueue && !isFifo)
                throw SqsErrors.InvalidAttributeName(name);
            settings = name switch
            {
                DelaySeconds => settings with { DelaySeconds = Int(name, value, 0, 900) },
                MaximumMessageSize => settings with { MaximumMessageSize = Int(name, value, 1024, 1_048_576) },
                MessageRetentionPeriod => settings with { MessageRetentionPeriod = Int(name, value, 60, 1_209_600) },
                ReceiveMessageWaitTimeSeconds => settings with { ReceiveMessageWaitTimeSeconds = Int(name, value, 0, 20) },
                VisibilityTimeout => settings with { VisibilityTimeout = Int(name, value, 0, 43_200) },
                QueueAttributeNames.RedrivePolicy => settings with { RedrivePolicy = ParseRedrivePolicy(value, queueArn, isFifo) },
                QueueAttributeNames.RedriveAllowPolicy => settings with { RedriveAllowPolicy = ParseRedriveAllowPolicy(value) },
                Policy => settings with { Policy = ParsePolicy(value) },
                KmsMasterKeyId => settings with { KmsMasterKeyId = value.Length == 0 ? null : value, SqsManagedSseEnabled = value.Length == 0 && settings.SqsManagedSseEnabled },
                KmsDataKeyReusePeriodSeconds => settings with { KmsDataKeyReusePeriodSeconds = Int(name, value, 60, 86_400) },
                SqsManagedSseEnabled => settings with { SqsManagedSseEnabled = Bool(name, value) },
                FifoQueue => CheckFifoFlag(settings, value, isFifo, creating),
                ContentBasedDeduplication => settings with { ContentBasedDeduplication = Bool(name, value) },
                DeduplicationScope => settings with { DeduplicationScope = OneOf(name, value, "messageGroup", "queue") },
                FifoThroughputLimit => settings with { FifoThroughputLimit = OneOf(name, value, "perQueue", "perMessageGroupId") },
                _ => settings,
            };
            raw[name] = value;
        }
        if (attributes.ContainsKey(SqsManagedSseEnabled) && settings.SqsManagedSseEnabled && settings.KmsMasterKeyId is not null)
            throw SqsErrors.InvalidAttributeValue("You can use one type of server-side encryption (SSE) at one time. You can either enable KMS SSE or SQS SSE.");
        if (settings.FifoThroughputLimit == "perMessageGroupId" && settings.DeduplicationScope != "messageGroup")
            throw SqsErrors.InvalidAttributeValue(
                "The perMessageGroupId value is allowed only when the value for DeduplicationScope is messageGroup.");
        return settings with { Raw = raw };
    }

    private static QueueSettings CheckFifoFlag(QueueSettings settings, string value, bool isFifo, bool creating)
    {
        var fifo = Bool(FifoQueue, value);
        if (!creating && fifo != settings.FifoQueue)
            throw SqsErrors.InvalidAttributeValue("Invalid value for the parameter FifoQueue. Reason: Modifying queue type is not supported.");
        if (fifo != isFifo)
            throw CommonErrors.InvalidParameterValue(
                "The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length.");
        return settings with { FifoQueue = fifo };
    }

    private RedrivePolicy? ParseRedrivePolicy(string value, string queueArn, bool isFifo)
    {
        if (value.Length == 0) return null;
        var json = ParseObject(QueueAttributeNames.RedrivePolicy, value);
        var target = json.Value<string>("deadLetterTargetArn");
        var maxText = json["maxReceiveCount"]?.ToString();
        if (string.IsNullOrEmpty(target) || maxText is null)
            throw SqsErrors.InvalidAttributeValue(
                $"Value {value} for parameter RedrivePolicy is invalid. Reason: Redrive policy does not contain mandatory attribute: {(string.IsNullOrEmpty(target) ? "deadLetterTargetArn" : "maxReceiveCount")}.");
        if (!int.TryParse(maxText, NumberStyles.None, CultureInfo.InvariantCulture, out var max) || max is < 1 or > 1000)
            throw SqsErrors.InvalidAttributeValue(
                $"Value {value} for parameter RedrivePolicy is invalid. Reason: Invalid value for maxReceiveCount: {maxText}, valid values are from 1 to 1000 both inclusive.");
        var deadLetterQueue = store.FindByArn(target)
            ?? throw SqsErrors.InvalidAttributeValue(
                $"Value {value} for parameter RedrivePolicy is invalid. Reason: Dead-letter target does not exist.");
        if (deadLetterQueue.IsFifo != isFifo)
            throw SqsErrors.InvalidAttributeValue(
                $"Value {value} for parameter RedrivePolicy is invalid. Reason: Dead-letter queue must be same type of queue as the source..");
        if (!deadLetterQueue.Settings.RedriveAllowPolicy.Allows(queueArn))
            throw SqsErrors.InvalidAttributeValue(
                $"Value {value} for parameter RedrivePolicy is invalid. Reason: Queue {queueArn} is not allowed to use {target} as its dead-letter queue.");
        return new RedrivePolicy(target, max);
    }

    private static RedriveAllowPolicy ParseRedriveAllowPolicy(string value)
    {
        if (value.Length == 0) return Queues.RedriveAllowPolicy.Default;
        var json = ParseObject(QueueAttributeNames.RedriveAllowPolicy, value);
        var permission = json.Value<string>("redrivePermission") switch
        {
            "allowAll" => RedrivePermission.AllowAll,
            "denyAll" => RedrivePermission.DenyAll,
            "byQueue" => RedrivePermission.ByQueue,
            _ => throw SqsErrors.InvalidAttributeValue(
                $"Value {value} for parameter RedriveAllowPolicy is invalid. Reason: Invalid value for redrivePermission. Valid values are allowAll, denyAll, byQueue."),
        };
        var sources = json["sourceQueueArns"] is JArray array ? array.Select(t => t.ToString()).ToList() : [];
        if (permission == RedrivePermission.ByQueue && sources.Count is 0 or > 10)
            throw SqsErrors.InvalidAttributeValue(
                $"Value {value} for parameter RedriveAllowPolicy is invalid. Reason: Amount of source queue ARNs must be between 1 and 10 when redrivePermission is byQueue.");
        if (permission != RedrivePermission.ByQueue && sources.Count > 0)
            throw SqsErrors.InvalidAttributeValue(
                $"Value {value} for parameter RedriveAllowPolicy is invalid. Reason: sourceQueueArns may be given only when redrivePermission is byQueue.");
        return new RedriveAllowPolicy(permission, sources);
    }

    private static string? ParsePolicy(string value)
    {
        if (value.Length == 0) return null;
        ParseObject(Policy, value);
        return value;
    }

    private static JObject ParseObject(string name, string value)
    {
        try
        {
            return JObject.Parse(value);
        }
        catch (JsonException)
        {
            throw SqsErrors.InvalidAttributeValue($"Invalid value for the parameter {name}. Reason: the value is not a valid JSON object.");
        }
    }

    private static int Int(string name, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw SqsErrors.InvalidAttributeValue($"Invalid value for the parameter {name}.");

    private static bool Bool(string name, string value) =>
        value switch
        {
            "true" or "True" or "TRUE" => true,
            "false" or "False" or "FALSE" => false,
            _ => throw SqsErrors.InvalidAttributeValue($"Invalid value for the parameter {name}."),
        };

    private static string OneOf(string name, string value, params string[] allowed) =>
        allowed.Contains(value) ? value : throw SqsErrors.InvalidAttributeValue($"Invalid value for the parameter {name}.");
}
