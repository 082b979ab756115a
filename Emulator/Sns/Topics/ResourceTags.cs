using System.Collections.Immutable;
using Emulator.Sns.Shapes;

namespace Emulator.Sns.Topics;

/// <summary>Tags of topics: the shared rules, in SNS's words.</summary>
public static class ResourceTags
{
    public static ImmutableDictionary<string, string> Merge(ImmutableDictionary<string, string> current, IReadOnlyList<Tag> added)
    {
        if (added.Select(t => t.Key).Distinct(StringComparer.Ordinal).Count() != added.Count)
            throw SnsErrors.InvalidParameter("Duplicated keys are not allowed.");
        foreach (var tag in added)
            if (TagRules.Violation(tag.Key!, tag.Value!) is { } reason) throw SnsErrors.InvalidParameter($"Tags Reason: {reason}");
        var merged = current.SetItems(added.Select(t => KeyValuePair.Create(t.Key!, t.Value!)));
        if (merged.Count > TagRules.MaxTags) throw SnsErrors.TagLimitExceeded();
        return merged;
    }

    public static List<Tag>? ToList(IReadOnlyDictionary<string, string> tags) =>
        tags.Count == 0 ? null : tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new Tag { Key = t.Key, Value = t.Value }).ToList();
}
