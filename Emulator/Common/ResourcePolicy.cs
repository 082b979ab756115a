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
/// Evaluates the resource policy of a queue, topic, stream or consumer for a caller from another account, or for a service
/// acting on behalf of a resource. A statement applies when its Principal names the caller (an account: <c>"*"</c>,
/// <c>{"AWS": "*"}</c>, the account id or any <c>arn:aws:iam::account:</c> principal; a service: <c>"*"</c> or
/// <c>{"Service": "sns.amazonaws.com"}</c>) or its NotPrincipal does not, and its Action matches (case-insensitive, with
/// IAM's <c>*</c> and <c>?</c> wildcards) or its NotAction does not. Resource is not checked: the policy is attached to the
/// resource it governs. For an account, statements with a Condition are skipped, as their keys (<c>aws:SourceArn</c>,
/// <c>aws:SourceAccount</c>, ...) describe requests that services make on behalf of other resources; for a service they
/// are evaluated (<see cref="PolicyConditions"/>).
/// </summary>
public static class ResourcePolicy
{
    /// <param name="policyJson">The policy document; null or unreadable JSON allows nothing.</param>
    /// <param name="action">The action with its service prefix, e.g. <c>kinesis:PutRecord</c>.</param>
    public static PolicyDecision Evaluate(string? policyJson, string action, string callerAccountId) =>
        Decide(policyJson, action, s => s["Condition"] is null && AppliesToPrincipal(s, principal => NamesAccount(principal, callerAccountId)));

    /// <summary>The decision for a service acting on behalf of a resource, such as SNS delivering a topic's message.</summary>
    public static PolicyDecision Evaluate(string? policyJson, string action, ServiceCaller caller) =>
        Decide(policyJson, action, s => AppliesToPrincipal(s, principal => NamesService(principal, caller.Principal))
            && PolicyConditions.Hold(s["Condition"], caller));

    private static PolicyDecision Decide(string? policyJson, string action, Func<JObject, bool> applies)
    {
        var document = policyJson is null ? null : PolicyJson.ReadObject(policyJson);
        if (document is null) return PolicyDecision.NotAllowed;
        var decision = PolicyDecision.NotAllowed;
        foreach (var statement in PolicyDocument.Statements(document))
        {
            if (statement is not JObject s || !AppliesToAction(s, action) || !applies(s)) continue;
            var effect = s["Effect"] is JValue { Type: JTokenType.String } value ? (string?)value : null;
            if (string.Equals(effect, "Deny", StringComparison.OrdinalIgnoreCase)) return PolicyDecision.Deny;
            if (string.Equals(effect, "Allow", StringComparison.OrdinalIgnoreCase)) decision = PolicyDecision.Allow;
        }
        return decision;
    }

    private static bool AppliesToAction(JObject statement, string action) => statement["NotAction"] is { } excluded
        ? !MatchesAction(excluded, action)
        : MatchesAction(statement["Action"], action);

    private static bool AppliesToPrincipal(JObject statement, Func<JToken?, bool> names) => statement["NotPrincipal"] is { } excluded
        ? !names(excluded)
        : names(statement["Principal"]);

    private static bool MatchesAction(JToken? actions, string action) => Values(actions).Any(pattern => IamPattern.Matches(pattern, action, ignoreCase: true));

    private static bool NamesAccount(JToken? principal, string accountId) => principal switch
    {
        JValue value => (string?)value == "*",
        JObject principals => Values(principals["AWS"]).Any(p =>
            p == "*" || p == accountId || p.StartsWith($"arn:aws:iam::{accountId}:", StringComparison.Ordinal)),
        _ => false,
    };

    private static bool NamesService(JToken? principal, string service) => principal switch
    {
        JValue value => (string?)value == "*",
        JObject principals => Values(principals["AWS"]).Contains("*") || Values(principals["Service"]).Contains(service),
        _ => false,
    };

    /// <summary>A policy element's strings: one string, or the strings of an array.</summary>
    public static IEnumerable<string> Values(JToken? token) => token switch
    {
        JValue { Type: JTokenType.String } value => [(string)value!],
        JArray array => array.OfType<JValue>().Where(v => v.Type == JTokenType.String).Select(v => (string)v!),
        _ => [],
    };
}
