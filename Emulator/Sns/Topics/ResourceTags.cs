using System.Collections.Immutable;
using Emulator.Protocol.Errors;
using Emulator.Sns.Shapes;

namespace Emulator.Sns.Topics;

/// <summary>Tags of topics: the shared rules, in SNS's words.</summary>
public static class ResourceTags
{
    public static ImmutableDictionary<string, string> Merge(ImmutableDictionary<string, string> current, IReadOnlyList<Tag> added)
    {
        // The model requires both; the decoders check required members of the request, not of its list items.
        for (var i = 0; i < added.Count; i++)
        {
            if (added[i].Key is null) throw CommonErrors.MissingParameter($"Tags.member.{i + 1}.Key");
            if (added[i].Value is null) throw CommonErrors.MissingParameter($"Tags.member.{i + 1}.Value");
        }
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
