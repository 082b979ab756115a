using Emulator.Sns.Delivery;

namespace Emulator.Sns.Topics;

/// <summary>Checks a topic attribute a client sets, with AWS's errors.</summary>
public static class TopicAttributeRules
{
    /// <summary>Checks one attribute; <paramref name="creating"/> allows FifoTopic, which only CreateTopic accepts.</summary>
    public static void Check(string name, string? value, bool fifo, bool creating)
    {
        if (name == TopicAttributeNames.FifoTopic && creating)
        {
            if (value is not ("true" or "false")) throw SnsErrors.InvalidParameter("Attributes Reason: FifoTopic must be true or false");
            return;
        }
        if (!TopicAttributeNames.IsSettable(name)) throw SnsErrors.InvalidParameter("AttributeName");
        value ??= "";
        switch (name)
        {
            case TopicAttributeNames.Policy when PolicyJson.ReadObject(value) is null:
                throw SnsErrors.InvalidParameter("Policy Error: null");
            case TopicAttributeNames.DeliveryPolicy:
                if (value.Length > 0) TopicDeliveryPolicy.Parse(value);
                break;
            case TopicAttributeNames.DisplayName when value.Length > 100:
                throw SnsErrors.InvalidParameter("DisplayName Reason: DisplayName must be at most 100 characters long");
            case TopicAttributeNames.SignatureVersion when value is not ("1" or "2"):
                throw SnsErrors.InvalidParameter("Attributes Reason: SignatureVersion must be 1 or 2");
            case TopicAttributeNames.TracingConfig when value is not ("PassThrough" or "Active"):
                throw SnsErrors.InvalidParameter("Attributes Reason: TracingConfig must be PassThrough or Active");
            case TopicAttributeNames.ContentBasedDeduplication:
                if (!fifo) throw SnsErrors.InvalidParameter("ContentBasedDeduplication Reason: Content based deduplication can only be set for FIFO topics");
                if (value is not ("true" or "false")) throw SnsErrors.InvalidParameter("ContentBasedDeduplication");
                break;
            case TopicAttributeNames.FifoThroughputScope:
                if (!fifo) throw SnsErrors.InvalidParameter("FifoThroughputScope Reason: FifoThroughputScope can only be set for FIFO topics");
                if (value is not ("Topic" or "MessageGroup")) throw SnsErrors.InvalidParameter("FifoThroughputScope");
                break;
            case TopicAttributeNames.ArchivePolicy:
                if (!fifo) throw SnsErrors.InvalidParameter("ArchivePolicy Reason: The archive policy can only be set for FIFO topics");
                CheckArchivePolicy(value);
                break;
            default:
                if (name.EndsWith("SampleRate", StringComparison.Ordinal) && (!int.TryParse(value, out var rate) || rate is < 0 or > 100))
                    throw SnsErrors.InvalidParameter($"Attributes Reason: {name} must be an integer between 0 and 100");
                break;
        }
    }

    /// <summary>An archive policy keeps messages 1 to 365 days: <c>{"MessageRetentionPeriod":"30"}</c>; empty removes it.</summary>
    private static void CheckArchivePolicy(string value)
    {
        if (value.Length == 0 || value == "{}") return;
        var document = PolicyJson.ReadObject(value);
        var days = document?["MessageRetentionPeriod"]?.ToString();
        if (document is null || document.Count != 1 || !int.TryParse(days, out var period) || period is < 1 or > 365)
            throw SnsErrors.InvalidParameter("ArchivePolicy Reason: MessageRetentionPeriod must be an integer between 1 and 365");
    }
}
