namespace Emulator.Kinesis.Streams;

/// <summary>Tags of streams and consumers: the shared rules and Kinesis's own character rules, in Kinesis's words.</summary>
public static class StreamTags
{
    /// <summary>How messages name a stream that tags are added to or removed from.</summary>
    public static string OfStream(string name, string accountId) => $"stream {name} under account {accountId}";

    public static string OfConsumer(StreamConsumer consumer) => $"consumer {consumer.Arn}";

    /// <summary>Checks tags before they are added to <paramref name="owner"/>.</summary>
    public static void CheckAdded(IReadOnlyDictionary<string, string> tags, string owner)
    {
        CheckCharacters(tags.Keys.Concat(tags.Values), $"Failed to add tags to {owner}");
        foreach (var (key, value) in tags)
            if (TagRules.Violation(key, value) is { } reason) throw KinesisErrors.InvalidArgument(reason);
    }

    /// <summary>Checks the tags a new stream or consumer (<paramref name="kind"/>) is created with.</summary>
    public static void CheckInitial(IReadOnlyDictionary<string, string> tags, string owner, string kind)
    {
        CheckAdded(tags, owner);
        CheckCount(tags.Count, owner, kind);
    }

    /// <summary>Checks how many tags <paramref name="owner"/>, a <paramref name="kind"/>, would have.</summary>
    public static void CheckCount(int count, string owner, string kind)
    {
        if (count > TagRules.MaxTags)
            throw KinesisErrors.InvalidArgument(
                $"Failed to add tags to {owner} because a given {kind} cannot have more than {TagRules.MaxTags} tags associated with it.");
    }

    public static void CheckRemoved(IEnumerable<string> keys, string owner) => CheckCharacters(keys, $"Failed to remove tags from {owner}");

    private static void CheckCharacters(IEnumerable<string> texts, string failure)
    {
        var all = texts.ToList();
        if (all.Any(text => !text.All(Allowed)))
            throw KinesisErrors.InvalidArgument("Some tags contain invalid characters. Valid characters: Unicode letters, digits, white space, _ . / = + - % @ :.");
        // '%' passes the first check but not this one, with its own message.
        if (all.Any(text => text.Contains('%')))
            throw KinesisErrors.InvalidArgument(
                $"{failure} because some tags contained illegal characters. The allowed characters are Unicode letters, white-spaces, '_',',','/','=','+','-','@',':'.");
    }

    private static bool Allowed(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '/' or '-' or '=' or '+' or ' ' or '@' or '%' or ':'
        || c is >= '\u00C0' and <= '\u1FFF' or >= '\u2C00' and <= '\uD7FF';
}
