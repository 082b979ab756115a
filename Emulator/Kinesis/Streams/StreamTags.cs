using Emulator.Common;

namespace Emulator.Kinesis.Streams;

/// <summary>Tags of streams: the shared rules, in Kinesis's words.</summary>
public static class StreamTags
{
    public static void Check(IReadOnlyDictionary<string, string>? tags)
    {
        if (tags is null) return;
        if (tags.Count > TagRules.MaxTags) throw KinesisErrors.InvalidArgument($"Failed to add tags to stream: too many tags (limit: {TagRules.MaxTags}).");
        foreach (var (key, value) in tags)
            if (TagRules.Violation(key, value) is { } reason) throw KinesisErrors.InvalidArgument(reason);
    }
}
