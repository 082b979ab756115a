using Amazon.SQS.Model;
using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Common.Durability;

/// <summary>Durable mode keeps SNS topics and their subscriptions (attributes, filter policies, confirmation state) through kill -9.</summary>
public class SnsRestartTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("emulator-data-").FullName;

    [Fact]
    public async Task Topics_and_subscriptions_survive_a_kill_and_deliver_as_before()
    {
        string topic;
        var pendingEndpoint = $"http://127.0.0.1:{HttpSubscriber.FreePort()}/nobody-listens";
        using (var first = await EmulatorProcess.StartAsync("--data-dir", _directory))
        {
            using var http = first.CreateHttpClient();
            using var sqs = first.CreateSqsClient();
            await sqs.CreateQueueAsync("orders");
            topic = await SnsCalls.ValueAsync(http, "CreateTopic", "TopicArn", ("Name", "events"),
                ("Attributes.entry.1.key", "DisplayName"), ("Attributes.entry.1.value", "Events"), ("Tags.member.1.Key", "team"), ("Tags.member.1.Value", "qa"));
            await SnsCalls.ValueAsync(http, "Subscribe", "SubscriptionArn", ("TopicArn", topic), ("Protocol", "sqs"),
                ("Endpoint", "arn:aws:sqs:us-east-1:000000000000:orders"),
                ("Attributes.entry.1.key", "RawMessageDelivery"), ("Attributes.entry.1.value", "true"),
                ("Attributes.entry.2.key", "FilterPolicy"), ("Attributes.entry.2.value", """{"kind":["order"]}"""));
            await SnsCalls.ValueAsync(http, "Subscribe", "SubscriptionArn", ("TopicArn", topic), ("Protocol", "http"), ("Endpoint", pendingEndpoint));
            await SnsCalls.ValueAsync(http, "Subscribe", "SubscriptionArn", ("TopicArn", topic), ("Protocol", "sms"), ("Endpoint", "+15555550100"));
            await SnsCalls.ValueAsync(http, "Subscribe", "SubscriptionArn", ("TopicArn", topic), ("Protocol", "email"), ("Endpoint", "qa@example.com"));
            first.Signal("KILL");
            await first.WaitForExitAsync(TimeSpan.FromSeconds(5));
        }

        using var second = await EmulatorProcess.StartAsync("--data-dir", _directory);
        using var client = second.CreateHttpClient();
        Assert.Contains("DisplayNameEvents", await SnsCalls.ValueAsync(client, "GetTopicAttributes", "Attributes", ("TopicArn", topic)));
        Assert.Equal("qa", await SnsCalls.ValueAsync(client, "ListTagsForResource", "Value", ("ResourceArn", topic)));
        var listed = await SnsCalls.ValueAsync(client, "ListSubscriptionsByTopic", "ListSubscriptionsByTopicResult", ("TopicArn", topic));
        Assert.Contains("PendingConfirmation", listed);
        Assert.Contains(pendingEndpoint, listed);
        Assert.Contains("+15555550100", listed);
        Assert.Contains("qa@example.com", listed);

        foreach (var kind in new[] { "order", "refund" })
            await SnsCalls.ValueAsync(client, "Publish", "MessageId", ("TopicArn", topic), ("Message", $"a {kind}"),
                ("MessageAttributes.entry.1.Name", "kind"), ("MessageAttributes.entry.1.Value.DataType", "String"),
                ("MessageAttributes.entry.1.Value.StringValue", kind));
        using var sqsAfter = second.CreateSqsClient();
        var url = (await sqsAfter.GetQueueUrlAsync("orders")).QueueUrl;
        var received = await sqsAfter.ReceiveMessageAsync(new ReceiveMessageRequest(url) { MaxNumberOfMessages = 10, WaitTimeSeconds = 1 });
        Assert.Equal("a order", Assert.Single(received.Messages).Body);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
