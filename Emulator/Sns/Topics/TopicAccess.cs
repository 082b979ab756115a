using Emulator.Common;
using Emulator.Protocol.Routing;
using Newtonsoft.Json.Linq;

namespace Emulator.Sns.Topics;

/// <summary>
/// The topic's resource policy, applied to callers from other accounts: an action is allowed when an Allow statement
/// names the caller's account (or <c>*</c>) and the action, and no Deny statement does. Callers in the topic's own
/// account are allowed everything, as identity policies are not modelled. Statements with conditions do not apply to
/// direct calls from another account: their keys (<c>AWS:SourceOwner</c>, <c>aws:SourceArn</c>) describe requests
/// made on behalf of other AWS resources.
/// </summary>
public static class TopicAccess
{
    public static void Authorize(Topic topic, AwsRequestContext context, string action)
    {
        if (context.AccountId == topic.AccountId) return;
        var document = PolicyJson.ReadObject(topic.Attributes.GetValueOrDefault(TopicAttributeNames.Policy) ?? "{}");
        var allowed = false;
        foreach (var statement in document is null ? [] : PolicyDocument.Statements(document))
        {
            if (statement is not JObject s || s["Condition"] is not null) continue;
            if (!Matches(s["Action"], "SNS:" + action) || !NamesAccount(s["Principal"], context.AccountId)) continue;
            if (string.Equals((string?)s["Effect"], "Deny", StringComparison.OrdinalIgnoreCase)) throw Denied(topic, context, action);
            allowed |= string.Equals((string?)s["Effect"], "Allow", StringComparison.OrdinalIgnoreCase);
        }
        if (!allowed) throw Denied(topic, context, action);
    }

    private static bool Matches(JToken? actions, string action) => Values(actions).Any(pattern =>
        pattern == "*" || string.Equals(pattern, action, StringComparison.OrdinalIgnoreCase)
        || (pattern.EndsWith('*') && action.StartsWith(pattern[..^1], StringComparison.OrdinalIgnoreCase)));

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

    private static Exception Denied(Topic topic, AwsRequestContext context, string action) => SnsErrors.AuthorizationError(
        $"User: arn:aws:iam::{context.AccountId}:root is not authorized to perform: SNS:{action} on resource: {topic.Arn} " +
        $"because no resource-based policy allows the SNS:{action} action");
}
