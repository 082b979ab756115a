using System.Text;
using Emulator.Sns.Topics;

namespace Emulator.Sns.Publishing;

/// <summary>The checks every publish passes: message size (256 KiB in UTF-8 with attributes), subject, attributes, FIFO ids.</summary>
public static class PublishRules
{
    public const int MaxMessageBytes = 256 * 1024;

    public static void Check(PublishContent input)
    {
        if (string.IsNullOrEmpty(input.Message)) throw SnsErrors.InvalidParameter("Empty message");
        if (Size(input) > MaxMessageBytes) throw SnsErrors.InvalidParameter("Message too long");
        if (input.Subject is { } subject
            && (subject.Length is 0 or > 100 || !subject.All(c => c >= ' ' && c <= '~') || subject.Trim().Length == 0))
            throw SnsErrors.InvalidParameter("Subject");
        MessageAttributeRules.Check(input.Attributes);
    }

    /// <summary>A topic's rules for group and deduplication ids.</summary>
    public static void CheckForTopic(Topic topic, PublishContent input)
    {
        if (input.GroupId is { } group) CheckFifoId(group, "MessageGroupId");
        if (!topic.IsFifo)
        {
            if (input.DeduplicationId is not null)
                throw SnsErrors.InvalidParameter("MessageDeduplicationId Reason: The request includes MessageDeduplicationId parameter that is not valid for this topic type");
            return;
        }
        if (input.GroupId is null) throw SnsErrors.InvalidParameter("The MessageGroupId parameter is required for FIFO topics");
        if (input.DeduplicationId is { } dedup) CheckFifoId(dedup, "MessageDeduplicationId");
        else if (!topic.ContentBasedDeduplication)
            throw SnsErrors.InvalidParameter("The topic should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly");
    }

    /// <summary>The size that counts against the limit: the message plus each attribute's name, type and value.</summary>
    public static int Size(PublishContent input)
    {
        var size = Encoding.UTF8.GetByteCount(input.Message ?? "");
        if (input.Attributes is null) return size;
        foreach (var (name, value) in input.Attributes)
            size += Encoding.UTF8.GetByteCount(name) + Encoding.UTF8.GetByteCount(value.DataType ?? "")
                    + (value.BinaryValue?.Length ?? Encoding.UTF8.GetByteCount(value.StringValue ?? ""));
        return size;
    }

    private static void CheckFifoId(string value, string parameter)
    {
        if (!FifoIds.IsValid(value))
            throw SnsErrors.InvalidParameter($"{parameter} Reason: {parameter} can only include alphanumeric and punctuation characters. 1 to 128 in length.");
    }
}
