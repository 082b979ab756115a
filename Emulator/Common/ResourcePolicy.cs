using Newtonsoft.Json.Linq;

namespace Emulator.Common;

/// <summary>What a resource policy says about one action for one calling account.</summary>
public enum PolicyDecision
{
    /// <summary>No statement allows it (nor denies it).</summary>
    NotAllowed,
    Allow,
    /// <summary>A Deny statement names it; a Deny wins over any Allow.</summary>
    Deny,
}

/// <summary>
/// Evaluates the resource policy of a topic, stream or consumer for a caller from another account. A statement
/// applies when its Principal names the account (<c>"*"</c>, <c>{"AWS": "*"}</c>, the account id or any
/// <c>arn:aws:iam::account:</c> principal) or its NotPrincipal does not, and its Action matches (case-insensitive, with
/// IAM's <c>*</c> and <c>?</c> wildcards) or its NotAction does not. Resource is not checked: the policy is attached to the resource it governs. Statements with a Condition
/// are skipped, as their keys (<c>aws:SourceArn</c>, <c>aws:SourceAccount</c>, ...) describe requests that services make on
/// behalf of other resources, never a direct call from another account.
/// </summary>
public static class ResourcePolicy
{
    /// <param name="policyJson">The policy document; null or unreadable JSON allows nothing.</param>
    /// <param name="action">The action with its service prefix, e.g. <c>kinesis:PutRecord</c>.</param>
    public static PolicyDecision Evaluate(string? policyJson, string action, string callerAccountId)
    {
        var document = policyJson is null ? null : PolicyJson.ReadObject(policyJson);
        if (document is null) return PolicyDecision.NotAllowed;
        var decision = PolicyDecision.NotAllowed;
        foreach (var statement in PolicyDocument.Statements(document))
        {
            if (statement is not JObject s || s["Condition"] is not null) continue;
            if (!AppliesToAction(s, action) || !AppliesToAccount(s, callerAccountId)) continue;
            var effect = s["Effect"] is JValue { Type: JTokenType.String } value ? (string?)value : null;
            if (string.Equals(effect, "Deny", StringComparison.OrdinalIgnoreCase)) return PolicyDecision.Deny;
            if (string.Equals(effect, "Allow", StringComparison.OrdinalIgnoreCase)) decision = PolicyDecision.Allow;
        }
        return decision;
    }

    private static bool AppliesToAction(JObject statement, string action) => statement["NotAction"] is { } excluded
        ? !MatchesAction(excluded, action)
        : MatchesAction(statement["Action"], action);

    private static bool AppliesToAccount(JObject statement, string accountId) => statement["NotPrincipal"] is { } excluded
        ? !NamesAccount(excluded, accountId)
        : NamesAccount(statement["Principal"], accountId);

    private static bool MatchesAction(JToken? actions, string action) => Values(actions).Any(pattern => Glob(pattern, action));

    /// <summary>IAM's action wildcards: <c>*</c> for any run of characters, <c>?</c> for one, case-insensitive.</summary>
    private static bool Glob(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text)
    {
        int p = 0, t = 0, starAt = -1, resumeAt = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || char.ToUpperInvariant(pattern[p]) == char.ToUpperInvariant(text[t])))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                starAt = p++;
                resumeAt = t;
            }
            else if (starAt >= 0)
            {
                p = starAt + 1;
                t = ++resumeAt;
            }
            else
            {
                return false;
            }
        }
        while (p < pattern.Length && pattern[p] == '*') p++;
        return p == pattern.Length;
    }

    private static bool NamesAccount(JToken? principal, string accountId) => principal switch
    {
        JValue value => (string?)value == "*",
        JObject principals => Values(principals["AWS"]).Any(p =>
            p == "*" || p == accountId || p.StartsWith($"arn:aws:iam::{accountId}:", StringComparison.Ordinal)),
        _ => false,
    };

    private static IEnumerable<string> Values(JToken? token) => token switch
    {
        JValue { Type: JTokenType.String } value => [(string)value!],
        JArray array => array.OfType<JValue>().Where(v => v.Type == JTokenType.String).Select(v => (string)v!),
        _ => [],
    };
}
