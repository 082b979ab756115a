using Emulator.Sqs;
using Emulator.Sqs.Queues;
using Newtonsoft.Json.Linq;

namespace Emulator.Tests.Sqs.Queues;

public class QueuePolicyTests
{
    private static readonly QueueArn Queue = new("us-east-1", "000000000000", "shared");

    [Fact]
    public void The_first_permission_creates_the_default_policy_document()
    {
        var policy = QueuePolicy.AddStatement(null, Queue, "send", ["111111111111"], ["SendMessage"]);

        Assert.Equal(
            "{\"Version\":\"2008-10-17\",\"Id\":\"arn:aws:sqs:us-east-1:000000000000:shared/SQSDefaultPolicy\",\"Statement\":[{\"Sid\":\"send\","
            + "\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111111111111:root\"},\"Action\":\"SQS:SendMessage\","
            + "\"Resource\":\"arn:aws:sqs:us-east-1:000000000000:shared\"}]}",
            policy);
    }

    [Fact]
    public void Several_principals_and_actions_are_lists()
    {
        var policy = QueuePolicy.AddStatement(null, Queue, "both", ["111111111111", "222222222222"], ["SendMessage", "ReceiveMessage"]);

        var statement = JObject.Parse(policy)["Statement"]![0]!;
        Assert.Equal(["arn:aws:iam::111111111111:root", "arn:aws:iam::222222222222:root"], statement["Principal"]!["AWS"]!.Values<string>());
        Assert.Equal(["SQS:SendMessage", "SQS:ReceiveMessage"], statement["Action"]!.Values<string>());
    }

    [Fact]
    public void Each_label_is_one_statement()
    {
        var policy = QueuePolicy.AddStatement(null, Queue, "a", ["111111111111"], ["SendMessage"]);
        policy = QueuePolicy.AddStatement(policy, Queue, "b", ["111111111111"], ["*"]);

        Assert.Equal(["a", "b"], JObject.Parse(policy)["Statement"]!.Select(s => s.Value<string>("Sid")));
        Assert.Same(policy, QueuePolicy.AddStatement(policy, Queue, "b", ["111111111111"], ["*"]));
        var error = QueueWorld.Fails(() => QueuePolicy.AddStatement(policy, Queue, "b", ["111111111111"], ["SendMessage"]));
        Assert.Equal("InvalidParameterValue", error.QueryCode);
        Assert.Equal("Value b for parameter Label is invalid. Reason: Already exists.", error.Message);
    }

    [Fact]
    public void A_policy_holds_at_most_twenty_statements()
    {
        string? policy = null;
        for (var i = 1; i <= 20; i++) policy = QueuePolicy.AddStatement(policy, Queue, $"l{i}", ["111111111111"], ["SendMessage"]);

        var error = QueueWorld.Fails(() => QueuePolicy.AddStatement(policy, Queue, "l21", ["111111111111"], ["SendMessage"]));

        Assert.Equal("OverLimit", error.Code);
        Assert.Equal("21 Statements were found, maximum allowed is 20.", error.Message);
    }

    [Fact]
    public void Statements_are_added_to_a_policy_set_by_the_client()
    {
        const string custom = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Sid\":\"mine\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sqs:SendMessage\"}}";

        var policy = JObject.Parse(QueuePolicy.AddStatement(custom, Queue, "added", ["111111111111"], ["DeleteMessage"]));

        Assert.Null(policy["Id"]);
        Assert.Equal(["mine", "added"], policy["Statement"]!.Select(s => s.Value<string>("Sid")));
    }

    [Fact]
    public void Removing_a_label_removes_its_statement_and_the_last_one_the_policy()
    {
        var policy = QueuePolicy.AddStatement(null, Queue, "a", ["111111111111"], ["SendMessage"]);
        policy = QueuePolicy.AddStatement(policy, Queue, "b", ["111111111111"], ["SendMessage"]);

        policy = QueuePolicy.RemoveStatement(policy, "a");
        Assert.Equal(["b"], JObject.Parse(policy!)["Statement"]!.Select(s => s.Value<string>("Sid")));
        Assert.Null(QueuePolicy.RemoveStatement(policy, "b"));
    }

    [Fact]
    public void Removing_an_unknown_label_is_refused()
    {
        foreach (var policy in new[] { null, QueuePolicy.AddStatement(null, Queue, "a", ["111111111111"], ["SendMessage"]) })
        {
            var error = QueueWorld.Fails(() => QueuePolicy.RemoveStatement(policy, "missing"));
            Assert.Equal("InvalidParameterValue", error.QueryCode);
            Assert.Equal("Value missing for parameter Label is invalid. Reason: can't find label.", error.Message);
        }
    }
}
