namespace Emulator.Kinesis.Streams;

/// <summary>Tag rules for streams: at most 50, keys of 1 to 128 characters, values of up to 256.</summary>
public static class StreamTags
{
    public const int MaxTags = 50;

    public static void Check(IReadOnlyDictionary<string, string>? tags)
    {
        if (tags is null) return;
        if (tags.Count > MaxTags) throw KinesisErrors.InvalidArgument($"Failed to add tags to stream: too many tags (limit: {MaxTags}).");
        foreach (var (key, value) in tags)
        {
            if (key.Length is 0 or > 128) throw KinesisErrors.InvalidArgument($"Tag key {key} must be between 1 and 128 characters long.");
            if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase)) throw KinesisErrors.InvalidArgument("Tag keys must not start with aws:.");
            if (value.Length > 256) throw KinesisErrors.InvalidArgument($"Tag value for key {key} must be at most 256 characters long.");
        }
    }
}
