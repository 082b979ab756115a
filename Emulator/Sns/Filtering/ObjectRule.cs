using Newtonsoft.Json.Linq;

namespace Emulator.Sns.Filtering;

/// <summary>
/// A policy object: every key must match (AND), and for each <c>$or</c> in it at least one of its alternatives must.
/// An object with no keys matches everything (the empty policy <c>{}</c>).
/// </summary>
internal sealed class ObjectRule(IReadOnlyList<KeyRule> keys, IReadOnlyList<IReadOnlyList<ObjectRule>> orGroups)
{
    public bool MatchesAttributes(IReadOnlyDictionary<string, FilterAttribute> attributes)
    {
        foreach (var key in keys)
            if (!key.MatchesAttributes(attributes)) return false;
        foreach (var alternatives in orGroups)
            if (!alternatives.Any(alternative => alternative.MatchesAttributes(attributes))) return false;
        return true;
    }

    public bool MatchesBody(JObject? body)
    {
        foreach (var key in keys)
            if (!key.MatchesBody(body)) return false;
        foreach (var alternatives in orGroups)
            if (!alternatives.Any(alternative => alternative.MatchesBody(body))) return false;
        return true;
    }
}
