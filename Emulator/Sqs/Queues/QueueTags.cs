using Emulator.Protocol.Errors;

namespace Emulator.Sqs.Queues;

/// <summary>Tag limits: at most 50 per queue, keys of 1 to 128 characters, values of up to 256.</summary>
public static class QueueTags
{
    public const int MaxTags = 50;

    public static void Check(IReadOnlyDictionary<string, string> tags, int existing = 0)
    {
        foreach (var (key, value) in tags)
        {
            if (key.Length is 0 or > 128)
                throw CommonErrors.InvalidParameterValue($"Tag key must be between 1 and 128 characters: '{key}'.");
            if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
                throw CommonErrors.InvalidParameterValue("Tag keys must not start with the reserved prefix 'aws:'.");
            if (value.Length > 256)
                throw CommonErrors.InvalidParameterValue($"Tag value for key '{key}' must be at most 256 characters.");
        }
        if (existing + tags.Count > MaxTags)
            throw CommonErrors.InvalidParameterValue($"Too many tags: a queue can have at most {MaxTags}.");
    }
}
