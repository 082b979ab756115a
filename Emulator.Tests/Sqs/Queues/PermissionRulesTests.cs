using Emulator.Sqs.Queues;

namespace Emulator.Tests.Sqs.Queues;

public class PermissionRulesTests
{
    [Theory]
    [InlineData("*")]
    [InlineData("SendMessage")]
    [InlineData("ReceiveMessage")]
    [InlineData("DeleteMessage")]
    [InlineData("ChangeMessageVisibility")]
    [InlineData("GetQueueAttributes")]
    [InlineData("GetQueueUrl")]
    [InlineData("ListDeadLetterSourceQueues")]
    [InlineData("PurgeQueue")]
    public void Shareable_actions_pass(string action) => PermissionRules.CheckActions([action]);

    [Theory]
    [InlineData("CreateQueue", "Only the queue owner is allowed to invoke this action.")]
    [InlineData("DeleteQueue", "Only the queue owner is allowed to invoke this action.")]
    [InlineData("SetQueueAttributes", "Only the queue owner is allowed to invoke this action.")]
    [InlineData("AddPermission", "Only the queue owner is allowed to invoke this action.")]
    [InlineData("RemovePermission", "Only the queue owner is allowed to invoke this action.")]
    [InlineData("TagQueue", "Only the queue owner is allowed to invoke this action.")]
    [InlineData("UntagQueue", "Only the queue owner is allowed to invoke this action.")]
    [InlineData("SendMessageBatch", "Please refer to the appropriate WSDL for a list of valid actions.")]
    [InlineData("sendmessage", "Please refer to the appropriate WSDL for a list of valid actions.")]
    [InlineData("FlyToTheMoon", "Please refer to the appropriate WSDL for a list of valid actions.")]
    public void Other_actions_are_refused_with_the_reason(string action, string reason)
    {
        var error = QueueWorld.Fails(() => PermissionRules.CheckActions([action]));

        Assert.Equal("InvalidParameterValue", error.QueryCode);
        Assert.Equal($"Value SQS:{action} for parameter ActionName is invalid. Reason: {reason}", error.Message);
    }

    [Fact]
    public void At_most_seven_actions_per_statement()
    {
        PermissionRules.CheckActions(["SendMessage", "ReceiveMessage", "DeleteMessage", "ChangeMessageVisibility", "GetQueueAttributes", "GetQueueUrl", "PurgeQueue"]);

        var error = QueueWorld.Fails(() => PermissionRules.CheckActions(
            ["SendMessage", "ReceiveMessage", "DeleteMessage", "ChangeMessageVisibility", "GetQueueAttributes", "GetQueueUrl", "PurgeQueue", "ListDeadLetterSourceQueues"]));

        Assert.Equal("OverLimit", error.Code);
        Assert.Equal(403, error.Status);
        Assert.Equal("8 Actions were found, maximum allowed is 7.", error.Message);
    }

    [Fact]
    public void Principals_are_twelve_digit_accounts()
    {
        PermissionRules.CheckPrincipals(["123456789012", "000000000000"]);

        Assert.Equal("Value [] for parameter PrincipalId is invalid. Reason: Unable to verify.", QueueWorld.Fails(() => PermissionRules.CheckPrincipals([])).Message);
        foreach (var bad in new[] { "12345", "arn:aws:iam::123456789012:user/u", "*", "12345678901a" })
            Assert.Equal("InvalidParameterValue", QueueWorld.Fails(() => PermissionRules.CheckPrincipals([bad])).QueryCode);
    }

    [Fact]
    public void Labels_follow_the_queue_name_alphabet()
    {
        PermissionRules.CheckLabel("Alice_Send-1");
        PermissionRules.CheckLabel(new string('a', 80));

        foreach (var bad in new[] { "has space", "dot.ted", new string('a', 81) })
            Assert.Equal(
                $"Value {bad} for parameter Label is invalid. Reason: Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length.",
                QueueWorld.Fails(() => PermissionRules.CheckLabel(bad)).Message);
    }
}
