using Amazon.SQS.Model;
using Emulator.Testing;

namespace InProcessTests;

/// <summary>One emulator for the class, in memory: no Docker, no port, isolated from every other test class.</summary>
public class OrderQueueTests(AwsEmulatorFixture aws) : IClassFixture<AwsEmulatorFixture>
{
    [Fact]
    public async Task A_delayed_order_arrives_when_the_clock_reaches_it()
    {
        using var sqs = aws.Emulator.CreateSqsClient();
        var queueUrl = (await sqs.CreateQueueAsync("orders-delayed")).QueueUrl;
        await sqs.SendMessageAsync(new SendMessageRequest { QueueUrl = queueUrl, MessageBody = "order-1", DelaySeconds = 300 });

        Assert.Empty((await sqs.ReceiveMessageAsync(queueUrl)).Messages ?? []);
        Assert.Single(aws.Emulator.Messages(queueUrl));

        aws.Emulator.Advance(TimeSpan.FromMinutes(5));
        var received = await sqs.ReceiveMessageAsync(queueUrl);
        Assert.Equal("order-1", Assert.Single(received.Messages).Body);
    }

    [Fact]
    public async Task An_unacknowledged_order_is_received_again_after_its_visibility_timeout()
    {
        using var sqs = aws.Emulator.CreateSqsClient();
        var queueUrl = (await sqs.CreateQueueAsync("orders-retried")).QueueUrl;
        await sqs.SendMessageAsync(queueUrl, "order-2");
        var first = Assert.Single((await sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = queueUrl, VisibilityTimeout = 30 })).Messages);

        aws.Emulator.Advance(TimeSpan.FromSeconds(31));
        var again = Assert.Single((await sqs.ReceiveMessageAsync(queueUrl)).Messages);
        Assert.Equal(first.MessageId, again.MessageId);
    }
}
