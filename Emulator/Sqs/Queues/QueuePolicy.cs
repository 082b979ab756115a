using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Emulator.Sqs.Queues;

/// <summary>
/// A queue's Policy attribute: the checks SetQueueAttributes applies to it, and the labelled statements
/// AddPermission and RemovePermission keep in it (one statement per label, its Sid).
/// </summary>
public static class QueuePolicy
{
    public const int MaxStatements = 20;

    /// <summary>Checks a policy document a client sets; the text is kept as written.</summary>
    public static void Check(string value)
    {
        var document = PolicyJson.ReadObject(value) ?? throw AttributeValues.Invalid(QueueAttributeNames.Policy);
        var count = PolicyDocument.Statements(document).Count;
        if (count > MaxStatements)
            throw SqsErrors.OverLimit($"{count} statements were found in the submitted policy, max allowed is {MaxStatements}");
    }

    /// <summary>
    /// The policy with a statement allowing <paramref name="accounts"/> the <paramref name="actions"/> under
    /// <paramref name="label"/>. Adding the very same statement again changes nothing.
    /// </summary>
    public static string AddStatement(string? policy, QueueArn queue, string label, IReadOnlyList<string> accounts, IReadOnlyList<string> actions)
    {
        var document = policy is null ? NewDocument(queue) : PolicyJson.ReadObject(policy)!;
        var statements = PolicyDocument.Statements(document);
        var statement = PolicyDocument.AllowStatement(label, accounts, actions.Select(a => "SQS:" + a), queue.ToString());
        if (statements.FirstOrDefault(s => PolicyDocument.IsLabelled(s, label)) is { } existing)
        {
            if (JToken.DeepEquals(existing, statement)) return policy!;
            throw CommonErrors.InvalidParameterValue($"Value {label} for parameter Label is invalid. Reason: Already exists.");
        }
        if (statements.Count + 1 > MaxStatements)
            throw SqsErrors.OverLimit($"{statements.Count + 1} Statements were found, maximum allowed is {MaxStatements}.");
        statements.Add(statement);
        document["Statement"] = statements;
        return document.ToString(Formatting.None);
    }

    /// <summary>The policy without the statement of <paramref name="label"/>; null when no statement is left.</summary>
    public static string? RemoveStatement(string? policy, string label)
    {
        var document = policy is null ? null : PolicyJson.ReadObject(policy);
        var statements = document is null ? [] : PolicyDocument.Statements(document);
        var statement = statements.FirstOrDefault(s => PolicyDocument.IsLabelled(s, label))
            ?? throw CommonErrors.InvalidParameterValue($"Value {label} for parameter Label is invalid. Reason: can't find label.");
        statements.Remove(statement);
        if (statements.Count == 0) return null;
        document!["Statement"] = statements;
        return document.ToString(Formatting.None);
    }

    private static JObject NewDocument(QueueArn queue) => new()
    {
        ["Version"] = "2008-10-17",
        ["Id"] = $"{queue}/SQSDefaultPolicy",
        ["Statement"] = new JArray(),
    };
}
