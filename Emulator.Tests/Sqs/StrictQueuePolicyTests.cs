using System.Net;
using Amazon.SQS;
using Amazon.SQS.Model;
using Emulator.Tests.Infrastructure;
using Emulator.Tests.Protocol.SigV4;

namespace Emulator.Tests.Sqs;

/// <summary>In strict mode a queue's Policy decides what another account may do with it, by its queue URL.</summary>
public class StrictQueuePolicyTests
{
    private const string Owner = "111111111111";
    private const string Other = "222222222222";

    [Fact]
    public Task Another_account_is_refused_until_the_policy_allows_the_action() => EmulatorServer.WithServer(StrictSqsAuthTests.Strict, async server =>
    {
        using var owner = server.CreateSqsClient(Owner, secret: "secret-a");
        using var other = server.CreateSqsClient(Other, secret: "secret-b");
        var url = (await owner.CreateQueueAsync(EmulatorServer.UniqueName())).QueueUrl;

        var refused = await Assert.ThrowsAsync<AmazonSQSException>(() => other.SendMessageAsync(url, "from B"));
        Assert.Equal(("AccessDenied", HttpStatusCode.Forbidden), (refused.ErrorCode, refused.StatusCode));

        var arn = $"arn:aws:sqs:us-east-1:{Owner}:{url[(url.LastIndexOf('/') + 1)..]}";
        await owner.SetQueueAttributesAsync(url, new Dictionary<string, string>
        {
            ["Policy"] = $$"""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{Other}}:root"},
                "Action":"sqs:SendMessage","Resource":"{{arn}}"}]}
                """,
        });

        await other.SendMessageAsync(url, "from B");
        await other.SendMessageBatchAsync(url, [new SendMessageBatchRequestEntry("1", "batched from B")]);
        var receive = await Assert.ThrowsAsync<AmazonSQSException>(() => other.ReceiveMessageAsync(url));
        Assert.Equal("AccessDenied", receive.ErrorCode);
        var messages = await owner.ReceiveMessageAsync(new ReceiveMessageRequest(url) { MaxNumberOfMessages = 10, WaitTimeSeconds = 1 });
        Assert.Equal(["batched from B", "from B"], messages.Messages.Select(m => m.Body).Order());
    });

    [Fact]
    public Task Owner_only_actions_stay_refused_whatever_the_policy_allows() => EmulatorServer.WithServer(StrictSqsAuthTests.Strict, async server =>
    {
        using var owner = server.CreateSqsClient(Owner, secret: "secret-a");
        using var other = server.CreateSqsClient(Other, secret: "secret-b");
        var url = (await owner.CreateQueueAsync(EmulatorServer.UniqueName())).QueueUrl;
        await owner.SetQueueAttributesAsync(url, new Dictionary<string, string>
        {
            ["Policy"] = """{"Statement":[{"Effect":"Allow","Principal":"*","Action":"sqs:*"}]}""",
        });

        await other.SendMessageAsync(url, "anyone may send");
        Assert.Single((await other.ReceiveMessageAsync(new ReceiveMessageRequest(url) { WaitTimeSeconds = 1 })).Messages);
        var delete = await Assert.ThrowsAsync<AmazonSQSException>(() => other.DeleteQueueAsync(url));
        Assert.Equal("AccessDenied", delete.ErrorCode);
        var tag = await Assert.ThrowsAsync<AmazonSQSException>(() => other.TagQueueAsync(new TagQueueRequest { QueueUrl = url, Tags = new() { ["k"] = "v" } }));
        Assert.Equal("AccessDenied", tag.ErrorCode);
    });

    [Fact]
    public Task Without_strict_mode_another_account_may_use_a_queue_by_its_URL() => EmulatorServer.WithServer([], async server =>
    {
        using var owner = server.CreateSqsClient(Owner);
        using var other = server.CreateSqsClient(Other);
        var url = (await owner.CreateQueueAsync(EmulatorServer.UniqueName())).QueueUrl;

        await other.SendMessageAsync(url, "open");

        Assert.Equal("open", Assert.Single((await owner.ReceiveMessageAsync(url)).Messages).Body);
    });
}
