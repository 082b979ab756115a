using Newtonsoft.Json.Linq;

namespace Emulator.Sns.Filtering;

/// <summary>
/// The size limits of the filter policy constraints page: at most five keys, and at most 150 combinations, the
/// product of the number of values in each array. For nested (message body) policies the page multiplies each
/// array's count by the depth of its key as well. Runs on a policy that has already compiled.
/// </summary>
internal static class PolicyLimits
{
    public const int MaxKeys = 5;
    public const int MaxCombinations = 150;
    public const string TooComplex = "Filter policy is too complex";

    /// <summary>
    /// Objects and arrays nested deeper than any policy that is not too complex (objects as deep as the combinations
    /// allow, then a key's conditions, a match expression and its operands), checked without recursion before anything
    /// walks the policy recursively.
    /// </summary>
    public static void CheckDepth(JToken root)
    {
        var pending = new Stack<(JToken Token, int Depth)>([(root, 1)]);
        while (pending.TryPop(out var next))
        {
            if (next.Depth > MaxCombinations + 3) throw FilterPolicyErrors.Invalid(TooComplex);
            foreach (var child in next.Token.Children())
                pending.Push((child, child is JProperty ? next.Depth : next.Depth + 1));
        }
    }

    public static void Check(JObject root)
    {
        if (Keys(root) > MaxKeys) throw FilterPolicyErrors.Invalid($"Filter policy can not have more than {MaxKeys} keys");
        if (Combinations(root, 1) > MaxCombinations) throw FilterPolicyErrors.Invalid(TooComplex);
    }

    /// <summary>
    /// Top-level keys (in the body scope, keys nested under them do not count); a <c>$or</c> counts as the keys of its
    /// largest alternative, since only one alternative applies at a time.
    /// </summary>
    private static int Keys(JObject policy) =>
        policy.Properties().Sum(property => property.Name == "$or"
            ? property.Value.Children<JObject>().Max(Keys)
            : 1);

    /// <summary>The alternatives of a <c>$or</c> add up; everything else multiplies. Saturates rather than overflows.</summary>
    private static long Combinations(JObject policy, int depth)
    {
        long total = 1;
        foreach (var property in policy.Properties())
        {
            var factor = property.Value switch
            {
                JArray conditions when property.Name == "$or" =>
                    conditions.Children<JObject>().Sum(alternative => Combinations(alternative, depth)),
                JArray conditions => (long)conditions.Count * depth,
                JObject nested => Combinations(nested, depth + 1),
                _ => 1,
            };
            total = Math.Min(total * Math.Min(factor, MaxCombinations + 1), MaxCombinations + 1);
        }
        return total;
    }
}
