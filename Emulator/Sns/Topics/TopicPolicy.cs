using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Emulator.Sns.Topics;

/// <summary>A topic's Policy attribute: AWS's default policy for a new topic, and the labelled statements of AddPermission.</summary>
public static class TopicPolicy
{
    private static readonly string[] OwnerActions =
    [
        "SNS:GetTopicAttributes", "SNS:SetTopicAttributes", "SNS:AddPermission", "SNS:RemovePermission",
        "SNS:DeleteTopic", "SNS:Subscribe", "SNS:ListSubscriptionsByTopic", "SNS:Publish",
    ];

    public static string Default(string topicArn, string accountId) => new JObject
    {
        ["Version"] = "2008-10-17",
        ["Id"] = "__default_policy_ID",
        ["Statement"] = new JArray(new JObject
        {
            ["Sid"] = "__default_statement_ID",
            ["Effect"] = "Allow",
            ["Principal"] = new JObject { ["AWS"] = "*" },
            ["Action"] = new JArray(OwnerActions),
            ["Resource"] = topicArn,
            ["Condition"] = new JObject { ["StringEquals"] = new JObject { ["AWS:SourceOwner"] = accountId } },
        }),
    }.ToString(Formatting.None);

    public static string AddStatement(string policy, string topicArn, string label, IReadOnlyList<string> accounts, IReadOnlyList<string> actions)
    {
        var document = PolicyJson.ReadObject(policy) ?? new JObject { ["Version"] = "2008-10-17", ["Id"] = "__default_policy_ID" };
        var statements = PolicyDocument.Statements(document);
        if (statements.Any(s => PolicyDocument.IsLabelled(s, label)))
            throw SnsErrors.InvalidParameter("Statement already exists");
        statements.Add(PolicyDocument.AllowStatement(label, accounts, actions.Select(a => "SNS:" + a), topicArn));
        document["Statement"] = statements;
        return document.ToString(Formatting.None);
    }

    public static string RemoveStatement(string policy, string label)
    {
        var document = PolicyJson.ReadObject(policy) ?? new JObject();
        var statements = PolicyDocument.Statements(document);
        var statement = statements.FirstOrDefault(s => PolicyDocument.IsLabelled(s, label))
            ?? throw SnsErrors.InvalidParameter("Label Reason: No such label");
        statements.Remove(statement);
        document["Statement"] = statements;
        return document.ToString(Formatting.None);
    }
}
