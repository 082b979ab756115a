using System.Collections.Immutable;
using Emulator.Sns.Shapes;

namespace Emulator.Sns.Topics;

/// <summary>Tag rules for topics: at most 50 tags, keys of 1 to 128 characters, values up to 256, no <c>aws:</c> prefix.</summary>
public static class ResourceTags
{
    public const int MaxTags = 50;

    public static ImmutableDictionary<string, string> Merge(ImmutableDictionary<string, string> current, IReadOnlyList<Tag> added)
    {
        foreach (var tag in added)
        {
            if (tag.Key is not { Length: >= 1 and <= 128 } key) throw SnsErrors.InvalidParameter("Tags Reason: Tag keys must be between 1 and 128 characters");
            if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase)) throw SnsErrors.InvalidParameter("Tags Reason: Tag keys must not start with aws:");
            if (tag.Value is not { Length: <= 256 }) throw SnsErrors.InvalidParameter("Tags Reason: Tag values must be at most 256 characters");
        }
        var merged = current.SetItems(added.Select(t => KeyValuePair.Create(t.Key!, t.Value!)));
        if (merged.Count > MaxTags) throw SnsErrors.TagLimitExceeded();
        return merged;
    }

    public static List<Tag>? ToList(IReadOnlyDictionary<string, string> tags) =>
        tags.Count == 0 ? null : tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new Tag { Key = t.Key, Value = t.Value }).ToList();
}
