using Newtonsoft.Json.Linq;

namespace Emulator.Sns.Filtering;

/// <summary>One key of a policy object: either an array of conditions on that field, or (body scope) a nested object.</summary>
internal sealed class KeyRule(string key, FieldRule? field, ObjectRule? nested)
{
    public bool MatchesAttributes(IReadOnlyDictionary<string, FilterAttribute> attributes) =>
        field is not null && field.Matches(AttributeValues.Read(attributes, key));

    public bool MatchesBody(JObject? body)
    {
        var property = body?[key];
        if (field is not null) return field.Matches(BodyValues.Read(property));
        return MatchesNested(nested!, property);
    }

    /// <summary>
    /// A nested rule applies to the object under the key; to an array of objects it applies element by element, so
    /// that all its keys must hold within one element. Where no object is present, every nested key is absent.
    /// </summary>
    private static bool MatchesNested(ObjectRule rule, JToken? property)
    {
        if (property is JObject child) return rule.MatchesBody(child);
        if (property is not JArray array) return rule.MatchesBody(null);
        var sawObject = false;
        foreach (var element in BodyValues.Flatten(array))
        {
            if (element is not JObject elementObject) continue;
            sawObject = true;
            if (rule.MatchesBody(elementObject)) return true;
        }
        return !sawObject && rule.MatchesBody(null);
    }
}
