using Newtonsoft.Json.Linq;

namespace Emulator.Sns.Filtering;

/// <summary>
/// Compiles the objects of a policy: keys with arrays of conditions, nested objects (message body scope only) and
/// <c>$or</c> arrays of two or more alternative objects, at any level.
/// </summary>
internal sealed class PolicyCompiler(FilterPolicyScope scope)
{
    private const string Or = "$or";

    public bool HasNestedKeys { get; private set; }

    public ObjectRule CompileRoot(JObject root)
    {
        var rule = CompileObject(root, depth: 1);
        if (HasNestedKeys && scope == FilterPolicyScope.MessageAttributes) throw FilterPolicyErrors.NestedAttributePolicy();
        return rule;
    }

    private ObjectRule CompileObject(JObject policy, int depth)
    {
        // Each key's factor in the combination count is its depth, so a policy this deep is too complex anyway;
        // stopping here also bounds the recursion.
        if (depth > PolicyLimits.MaxCombinations) throw FilterPolicyErrors.Invalid(PolicyLimits.TooComplex);

        var keys = new List<KeyRule>();
        var orGroups = new List<IReadOnlyList<ObjectRule>>();
        foreach (var property in policy.Properties())
        {
            if (property.Name == Or)
            {
                orGroups.Add(CompileOr(property.Value, depth));
                continue;
            }
            keys.Add(property.Value switch
            {
                JArray conditions => new KeyRule(property.Name, CompileField(conditions), null),
                JObject nested => new KeyRule(property.Name, null, CompileNested(nested, depth)),
                _ => throw FilterPolicyErrors.At($"\"{property.Name}\" must be an object or an array", property.Value),
            });
        }
        return new ObjectRule(keys, orGroups);
    }

    /// <summary>A nested object; the MessageAttributes scope refuses one, but only once the whole policy has compiled, as on AWS.</summary>
    private ObjectRule CompileNested(JObject nested, int depth)
    {
        if (!nested.HasValues) throw FilterPolicyErrors.After("Empty objects are not allowed", nested);
        HasNestedKeys = true;
        return CompileObject(nested, depth + 1);
    }

    private List<ObjectRule> CompileOr(JToken value, int depth)
    {
        if (value is not JArray alternatives) throw FilterPolicyErrors.At("It must be an Array followed with $or.", value);
        var compiled = new List<ObjectRule>();
        foreach (var alternative in alternatives)
        {
            if (alternative is not JObject alternativeObject)
                throw FilterPolicyErrors.At("Only JSON object is allowed in array of $or relationship.", alternative);
            if (!alternativeObject.HasValues) throw FilterPolicyErrors.After("Empty objects are not allowed", alternativeObject);
            compiled.Add(CompileObject(alternativeObject, depth));
        }
        if (compiled.Count < 2) throw FilterPolicyErrors.After("There must have at least 2 Objects in $or relationship.", alternatives);
        return compiled;
    }

    private static FieldRule CompileField(JArray conditions)
    {
        if (conditions.Count == 0) throw FilterPolicyErrors.After("Empty arrays are not allowed", conditions);
        return new FieldRule(conditions.Select(MatchExpressionCompiler.Compile).ToList());
    }
}
