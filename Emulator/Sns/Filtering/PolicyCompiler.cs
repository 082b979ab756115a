using Newtonsoft.Json.Linq;

namespace Emulator.Sns.Filtering;

/// <summary>
/// Compiles the objects of a policy: keys with arrays of conditions, nested objects (message body scope only) and
/// <c>$or</c> arrays of two or more alternative objects, at any level.
/// </summary>
internal sealed class PolicyCompiler(FilterPolicyScope scope)
{
    private const string Or = "$or";

    public ObjectRule CompileRoot(JObject root) => CompileObject(root, depth: 1);

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
                _ => throw FilterPolicyErrors.Invalid($"\"{property.Name}\" must be an object or an array"),
            });
        }
        return new ObjectRule(keys, orGroups);
    }

    private ObjectRule CompileNested(JObject nested, int depth)
    {
        if (scope == FilterPolicyScope.MessageAttributes) throw FilterPolicyErrors.NestedAttributePolicy();
        if (!nested.HasValues) throw FilterPolicyErrors.Invalid("Empty objects are not allowed");
        return CompileObject(nested, depth + 1);
    }

    private List<ObjectRule> CompileOr(JToken value, int depth)
    {
        if (value is not JArray alternatives) throw FilterPolicyErrors.Invalid("It must be an Array followed with $or.");
        var compiled = new List<ObjectRule>();
        foreach (var alternative in alternatives)
        {
            if (alternative is not JObject alternativeObject)
                throw FilterPolicyErrors.Invalid("Only JSON object is allowed in array of $or relationship.");
            if (!alternativeObject.HasValues) throw FilterPolicyErrors.Invalid("Empty objects are not allowed");
            compiled.Add(CompileObject(alternativeObject, depth));
        }
        if (compiled.Count < 2) throw FilterPolicyErrors.Invalid("There must have at least 2 Objects in $or relationship.");
        return compiled;
    }

    private static FieldRule CompileField(JArray conditions)
    {
        if (conditions.Count == 0) throw FilterPolicyErrors.Invalid("Empty arrays are not allowed");
        return new FieldRule(conditions.Select(MatchExpressionCompiler.Compile).ToList());
    }
}
