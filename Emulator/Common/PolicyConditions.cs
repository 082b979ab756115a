using Newtonsoft.Json.Linq;

namespace Emulator.Common;

/// <summary>
/// A statement's Condition for a <see cref="ServiceCaller"/>: <c>ArnEquals</c>, <c>ArnLike</c>, <c>StringEquals</c>,
/// <c>StringEqualsIgnoreCase</c> and <c>StringLike</c> on <c>aws:SourceArn</c> and <c>aws:SourceAccount</c>. Every
/// operator and key must hold, a key with any of its values; an operator or key not modelled here never holds, so such
/// a statement does not apply.
/// </summary>
public static class PolicyConditions
{
    public static bool Hold(JToken? condition, ServiceCaller caller)
    {
        if (condition is null) return true;
        if (condition is not JObject operators) return false;
        foreach (var (name, keys) in operators)
        {
            if (keys is not JObject tests) return false;
            foreach (var (key, values) in tests)
            {
                var actual = key.ToLowerInvariant() switch
                {
                    "aws:sourcearn" => caller.SourceArn,
                    "aws:sourceaccount" => caller.SourceAccount,
                    _ => null,
                };
                if (actual is null || !ResourcePolicy.Values(values).Any(value => Matches(name, value, actual))) return false;
            }
        }
        return true;
    }

    // IAM's ArnEquals takes wildcards as ArnLike does.
    private static bool Matches(string condition, string value, string actual) => condition switch
    {
        "ArnEquals" or "ArnLike" or "StringLike" => IamPattern.Matches(value, actual, ignoreCase: false),
        "StringEquals" => value == actual,
        "StringEqualsIgnoreCase" => value.Equals(actual, StringComparison.OrdinalIgnoreCase),
        _ => false,
    };
}
