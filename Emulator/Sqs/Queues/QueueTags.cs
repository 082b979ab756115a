using Emulator.Protocol.Errors;

namespace Emulator.Sqs.Queues;

/// <summary>
/// Tag rules: at most 50 per queue; keys of 1 to 128 characters, values of up to 256; keys are case-sensitive
/// and may not use the reserved <c>aws:</c> prefix.
/// </summary>
public static class QueueTags
{
    public const int MaxTags = 50;
    public const int MaxKeyLength = 128;
    public const int MaxValueLength = 256;

    private const string KeyLengthRule = "Tag keys must be between 1 and 128 characters in length.";

    /// <summary>Checks tags a request adds, each on its own.</summary>
    public static void CheckEach(IReadOnlyDictionary<string, string> tags)
    {
        foreach (var (key, value) in tags)
        {
            if (Characters(key) is 0 or > MaxKeyLength) throw CommonErrors.InvalidParameterValue(KeyLengthRule);
            if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
                throw CommonErrors.InvalidParameterValue("Tag keys must not start with the reserved prefix aws:.");
            if (Characters(value) > MaxValueLength)
                throw CommonErrors.InvalidParameterValue("Tag values must be between 0 and 256 characters in length.");
        }
    }

    /// <summary>Checks the tags a queue would carry once a request's tags are added.</summary>
    public static void CheckCount(string queueName, IReadOnlyDictionary<string, string> merged)
    {
        if (merged.Count > MaxTags)
            throw CommonErrors.InvalidParameterValue($"Too many tags added for queue {queueName}.");
    }

    public static void CheckKeysToRemove(IReadOnlyList<string> keys)
    {
        if (keys.Count == 0) throw CommonErrors.InvalidParameterValue(KeyLengthRule);
    }

    /// <summary>Lengths count Unicode characters, not UTF-16 units.</summary>
    private static int Characters(string text) => text.EnumerateRunes().Count();
}
