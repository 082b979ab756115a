using Emulator.Protocol.Errors;
using Emulator.Protocol.Routing;
using Emulator.Sns;
using Emulator.Sns.Topics;

namespace Emulator.Tests.Sns.Topics;

public class TopicAccessTests
{
    private const string Owner = "000000000000";
    private const string Other = "111122223333";
    private static readonly string Arn = SnsArn.Topic("us-east-1", Owner, "orders");

    private static Topic TopicWith(string? policy = null) => new(new SnsArn("us-east-1", Owner, "orders"), fifo: false,
        new Dictionary<string, string> { [TopicAttributeNames.Policy] = policy ?? TopicPolicy.Default(Arn, Owner) },
        new Dictionary<string, string>(), TimeProvider.System, new Emulator.Sns.Durability.SnsJournal());

    private static AwsRequestContext Caller(string account, string operation = "Publish") => new()
    {
        Service = SnsService.Sns, Operation = operation, Protocol = WireProtocol.Query, AccountId = account, Region = "us-east-1",
        RequestId = "r", BaseUrl = "http://localhost:4566", Path = "/",
    };

    [Fact]
    public void The_owner_may_do_anything_and_the_default_policy_keeps_other_accounts_out()
    {
        var topic = TopicWith();
        TopicAccess.Authorize(topic, Caller(Owner));

        var error = Assert.Throws<AwsError>(() => TopicAccess.Authorize(topic, Caller(Other)));
        Assert.Equal(("AuthorizationError", 403), (error.Code, error.Status));
        Assert.StartsWith($"User: arn:aws:iam::{Other}:root is not authorized to perform: SNS:Publish on resource: {Arn}", error.Message);
    }

    [Fact]
    public void AddPermission_lets_the_named_account_do_the_named_actions_only()
    {
        var topic = TopicWith(TopicPolicy.AddStatement(TopicPolicy.Default(Arn, Owner), Arn, "share", [Other], ["Publish"]));

        TopicAccess.Authorize(topic, Caller(Other));
        Assert.Throws<AwsError>(() => TopicAccess.Authorize(topic, Caller(Other, "DeleteTopic")));
        Assert.Throws<AwsError>(() => TopicAccess.Authorize(topic, Caller("444455556666")));
    }

    [Fact]
    public void PublishBatch_needs_the_Publish_action()
    {
        var topic = TopicWith(TopicPolicy.AddStatement(TopicPolicy.Default(Arn, Owner), Arn, "share", [Other], ["Publish"]));

        TopicAccess.Authorize(topic, Caller(Other, "PublishBatch"));
        var error = Assert.Throws<AwsError>(() => TopicAccess.Authorize(TopicWith(null), Caller(Other, "PublishBatch")));
        Assert.Contains("SNS:Publish on resource", error.Message);
    }

    [Theory]
    [InlineData("""{"Statement":[{"Effect":"Allow","Principal":"*","Action":"sns:*","Resource":"*"}]}""", true)]
    [InlineData("""{"Statement":[{"Effect":"Allow","Principal":{"AWS":["111122223333"]},"Action":["SNS:Pub*"]}]}""", true)]
    [InlineData("""{"Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"*"},{"Effect":"Deny","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"SNS:Publish"}]}""", false)]
    [InlineData("""{"Statement":[{"Effect":"Allow","Principal":{"Service":"s3.amazonaws.com"},"Action":"SNS:Publish"}]}""", false)]
    [InlineData("""{"Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"SNS:Publish","Condition":{"ArnLike":{"aws:SourceArn":"arn:aws:s3:::bucket"}}}]}""", false)]
    public void Statements_are_matched_by_principal_and_action(string policy, bool allowed)
    {
        var topic = TopicWith(policy);

        if (allowed) TopicAccess.Authorize(topic, Caller(Other));
        else Assert.Throws<AwsError>(() => TopicAccess.Authorize(topic, Caller(Other)));
    }
}
