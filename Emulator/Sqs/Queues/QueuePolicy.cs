using Emulator.Protocol.Errors;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Emulator.Sqs.Queues;

/// <summary>The statements AddPermission and RemovePermission write into a queue's Policy attribute.</summary>
public static class QueuePolicy
{
    public static readonly IReadOnlySet<string> PermittedActions = new HashSet<string>(StringComparer.Ordinal)
    {
        "*", "ChangeMessageVisibility", "DeleteMessage", "GetQueueAttributes", "GetQueueUrl",
        "ListDeadLetterSourceQueues", "PurgeQueue", "ReceiveMessage", "SendMessage",
    };

    public static string AddStatement(string? policy, string queueArn, string label, IReadOnlyList<string> accounts, IReadOnlyList<string> actions)
    {
        foreach (var action in actions)
            if (!PermittedActions.Contains(action))
                throw CommonErrors.InvalidParameterValue($"Value SQS:{action} for parameter ActionName is invalid. Reason: Please refer to the appropriate WSDL for a list of valid actions.");
        foreach (var account in accounts)
            if (account.Length != 12 || !account.All(char.IsAsciiDigit))
                throw CommonErrors.InvalidParameterValue($"Value {account} for parameter PrincipalId is invalid. Reason: Unable to verify.");

        var document = policy is null ? NewDocument(queueArn) : JObject.Parse(policy);
        var statements = document["Statement"] as JArray ?? [];
        if (statements.Any(s => s.Value<string>("Sid") == label))
            throw CommonErrors.InvalidParameterValue($"Value {label} for parameter Label is invalid. Reason: Already exists.");
        statements.Add(new JObject
        {
            ["Sid"] = label,
            ["Effect"] = "Allow",
            ["Principal"] = new JObject { ["AWS"] = OneOrMany(accounts.Select(a => $"arn:aws:iam::{a}:root")) },
            ["Action"] = OneOrMany(actions.Select(a => "SQS:" + a)),
            ["Resource"] = queueArn,
        });
        document["Statement"] = statements;
        return document.ToString(Formatting.None);
    }

    /// <summary>Removes the statement of <paramref name="label"/>; null when no statement is left.</summary>
    public static string? RemoveStatement(string? policy, string label)
    {
        var document = policy is null ? null : JObject.Parse(policy);
        var statements = document?["Statement"] as JArray;
        var statement = statements?.FirstOrDefault(s => s.Value<string>("Sid") == label)
            ?? throw CommonErrors.InvalidParameterValue($"Value {label} for parameter Label is invalid. Reason: can't find label on existing policy.");
        statement.Remove();
        return statements!.Count == 0 ? null : document!.ToString(Formatting.None);
    }

    private static JObject NewDocument(string queueArn) => new()
    {
        ["Version"] = "2012-10-17",
        ["Id"] = queueArn + "/SQSDefaultPolicy",
        ["Statement"] = new JArray(),
    };

    private static JToken OneOrMany(IEnumerable<string> values)
    {
        var list = values.ToList();
        return list.Count == 1 ? new JValue(list[0]) : new JArray(list);
    }
}
