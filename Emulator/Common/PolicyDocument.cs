using Newtonsoft.Json.Linq;

namespace Emulator.Common;

/// <summary>The parts of an IAM-style resource policy that AddPermission and RemovePermission (SQS, SNS) work on.</summary>
public static class PolicyDocument
{
    /// <summary>The document's statements as a new list; a policy may hold a single statement object instead of an array.</summary>
    public static JArray Statements(JObject document) => document["Statement"] switch
    {
        JArray array => new JArray(array),
        JObject single => new JArray(single),
        _ => [],
    };

    /// <summary>Whether the statement's Sid is <paramref name="label"/>.</summary>
    public static bool IsLabelled(JToken statement, string label) =>
        statement is JObject s && s["Sid"] is { Type: JTokenType.String } sid && sid.Value<string>() == label;

    /// <summary>An Allow statement for the accounts' root principals, as AWS writes one for AddPermission.</summary>
    public static JObject AllowStatement(string label, IEnumerable<string> accounts, IEnumerable<string> actions, string resource) => new()
    {
        ["Sid"] = label,
        ["Effect"] = "Allow",
        ["Principal"] = new JObject { ["AWS"] = OneOrMany(accounts.Select(a => $"arn:aws:iam::{a}:root")) },
        ["Action"] = OneOrMany(actions),
        ["Resource"] = resource,
    };

    /// <summary>A single value as itself, several as an array.</summary>
    public static JToken OneOrMany(IEnumerable<string> values)
    {
        var list = values.ToList();
        return list.Count == 1 ? new JValue(list[0]) : new JArray(list);
    }
}
