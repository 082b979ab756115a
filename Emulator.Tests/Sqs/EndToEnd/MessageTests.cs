using System.Diagnostics;
using Amazon.SQS;
using Amazon.SQS.Model;
using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Sqs.EndToEnd;

/// <summary>Messages through AWSSDK.SQS, which verifies every MD5 the emulator returns. Time moves by the admin clock.</summary>
public class MessageTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    private readonly AmazonSQSClient _sqs = server.CreateSqsClient();

    private async Task<string> Queue(Dictionary<string, string>? attributes = null, string prefix = "msg") =>
        (await _sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = EmulatorServer.UniqueName(prefix), Attributes = attributes })).QueueUrl;

    private Task<ReceiveMessageResponse> Receive(string url, int max = 10, int wait = 0) =>
        _sqs.ReceiveMessageAsync(new ReceiveMessageRequest
        {
            QueueUrl = url, MaxNumberOfMessages = max, WaitTimeSeconds = wait,
            MessageSystemAttributeNames = ["All"], MessageAttributeNames = ["All"],
        });

    [Fact]
    public async Task Attributes_of_every_type_round_trip_with_checksums()
    {
        var url = await Queue();
        var sent = await _sqs.SendMessageAsync(new SendMessageRequest
        {
            QueueUrl = url,
            MessageBody = "héllo wörld 🌍",
            MessageAttributes = new()
            {
                ["text"] = new() { DataType = "String", StringValue = "value ✓" },
                ["count"] = new() { DataType = "Number", StringValue = "42.5" },
                ["blob"] = new() { DataType = "Binary", BinaryValue = new MemoryStream([0, 1, 2, 255]) },
                ["custom"] = new() { DataType = "String.json", StringValue = "{}" },
            },
            MessageSystemAttributes = new() { ["AWSTraceHeader"] = new() { DataType = "String", StringValue = "Root=1-5759e988-bd862e3fe1be46a994272793" } },
        });
        Assert.NotNull(sent.MD5OfMessageAttributes);
        Assert.NotNull(sent.MD5OfMessageSystemAttributes);

        var message = Assert.Single((await Receive(url)).Messages);
        Assert.Equal("héllo wörld 🌍", message.Body);
        Assert.Equal(sent.MessageId, message.MessageId);
        Assert.Equal("42.5", message.MessageAttributes["count"].StringValue);
        Assert.Equal(new byte[] { 0, 1, 2, 255 }, message.MessageAttributes["blob"].BinaryValue.ToArray());
        Assert.Equal("String.json", message.MessageAttributes["custom"].DataType);
        Assert.Equal("1", message.Attributes["ApproximateReceiveCount"]);
        Assert.Equal("Root=1-5759e988-bd862e3fe1be46a994272793", message.Attributes["AWSTraceHeader"]);
        Assert.True(long.Parse(message.Attributes["SentTimestamp"]) > 1_600_000_000_000);
    }

    [Fact]
    public async Task Attribute_names_can_be_selected_by_prefix()
    {
        var url = await Queue();
        await _sqs.SendMessageAsync(new SendMessageRequest
        {
            QueueUrl = url, MessageBody = "b",
            MessageAttributes = new()
            {
                ["order.id"] = new() { DataType = "String", StringValue = "1" },
                ["order.total"] = new() { DataType = "Number", StringValue = "2" },
                ["other"] = new() { DataType = "String", StringValue = "3" },
            },
        });
        var message = Assert.Single((await _sqs.ReceiveMessageAsync(new ReceiveMessageRequest
        {
            QueueUrl = url, MessageAttributeNames = ["order.*"],
        })).Messages);
        Assert.Equal(["order.id", "order.total"], message.MessageAttributes.Keys.Order());
    }

    [Fact]
    public async Task Invalid_messages_get_AWS_errors()
    {
        var url = await Queue(new() { ["MaximumMessageSize"] = "1024" });
        var tooBig = await Assert.ThrowsAnyAsync<AmazonSQSException>(() => _sqs.SendMessageAsync(url, new string('x', 1025)));
        Assert.Equal("InvalidParameterValue", tooBig.ErrorCode);
        var badChar = await Assert.ThrowsAnyAsync<AmazonSQSException>(() => _sqs.SendMessageAsync(url, "bad \u0001 char"));
        Assert.Equal("InvalidMessageContents", badChar.ErrorCode);
        var badAttribute = await Assert.ThrowsAnyAsync<AmazonSQSException>(() => _sqs.SendMessageAsync(new SendMessageRequest
        {
            QueueUrl = url, MessageBody = "x",
            MessageAttributes = new() { ["AWS.reserved"] = new() { DataType = "String", StringValue = "v" } },
        }));
        Assert.Equal("InvalidParameterValue", badAttribute.ErrorCode);
        var tooMany = await Assert.ThrowsAnyAsync<AmazonSQSException>(() => _sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = url, MaxNumberOfMessages = 11 }));
        Assert.Equal("InvalidParameterValue", tooMany.ErrorCode);
    }

    [Fact]
    public async Task Visibility_timeout_hides_a_message_until_the_clock_passes_it()
    {
        var url = await Queue(new() { ["VisibilityTimeout"] = "60" });
        await _sqs.SendMessageAsync(url, "once");
        var first = Assert.Single((await Receive(url)).Messages);
        Assert.Empty((await Receive(url)).Messages ?? []);

        server.AdvanceClock(TimeSpan.FromSeconds(61));
        var second = Assert.Single((await Receive(url)).Messages);
        Assert.Equal(first.MessageId, second.MessageId);
        Assert.Equal("2", second.Attributes["ApproximateReceiveCount"]);
        Assert.NotEqual(first.ReceiptHandle, second.ReceiptHandle);

        // The older handle no longer deletes the message; the newest one does.
        await _sqs.DeleteMessageAsync(url, first.ReceiptHandle);
        Assert.Equal("1", (await _sqs.GetQueueAttributesAsync(url, ["ApproximateNumberOfMessagesNotVisible"])).Attributes["ApproximateNumberOfMessagesNotVisible"]);
        await _sqs.DeleteMessageAsync(url, second.ReceiptHandle);
        server.AdvanceClock(TimeSpan.FromSeconds(61));
        Assert.Empty((await Receive(url)).Messages ?? []);
    }

    [Fact]
    public async Task ChangeMessageVisibility_to_zero_releases_at_once_and_has_a_12_hour_ceiling()
    {
        var url = await Queue();
        await _sqs.SendMessageAsync(url, "m");
        var message = Assert.Single((await Receive(url)).Messages);
        var ceiling = await Assert.ThrowsAnyAsync<AmazonSQSException>(() => _sqs.ChangeMessageVisibilityAsync(url, message.ReceiptHandle, 43_201));
        Assert.Equal("InvalidParameterValue", ceiling.ErrorCode);

        await _sqs.ChangeMessageVisibilityAsync(url, message.ReceiptHandle, 0);
        var again = Assert.Single((await Receive(url)).Messages);
        Assert.Equal(message.MessageId, again.MessageId);
        var superseded = await Assert.ThrowsAnyAsync<AmazonSQSException>(() => _sqs.ChangeMessageVisibilityAsync(url, message.ReceiptHandle, 10));
        Assert.Equal("InvalidParameterValue", superseded.ErrorCode);
        await Assert.ThrowsAsync<ReceiptHandleIsInvalidException>(() => _sqs.DeleteMessageAsync(url, "not-a-handle"));
    }

    [Fact]
    public async Task Delays_per_queue_and_per_message()
    {
        var url = await Queue(new() { ["DelaySeconds"] = "30" });
        await _sqs.SendMessageAsync(url, "queue delay");
        await _sqs.SendMessageAsync(new SendMessageRequest { QueueUrl = url, MessageBody = "own delay", DelaySeconds = 90 });
        Assert.Equal("2", (await _sqs.GetQueueAttributesAsync(url, ["ApproximateNumberOfMessagesDelayed"])).Attributes["ApproximateNumberOfMessagesDelayed"]);
        Assert.Empty((await Receive(url)).Messages ?? []);

        server.AdvanceClock(TimeSpan.FromSeconds(31));
        var first = Assert.Single((await Receive(url)).Messages);
        Assert.Equal("queue delay", first.Body);
        await _sqs.DeleteMessageAsync(url, first.ReceiptHandle);
        server.AdvanceClock(TimeSpan.FromSeconds(60));
        Assert.Equal("own delay", Assert.Single((await Receive(url)).Messages).Body);
    }

    [Fact]
    public async Task Messages_expire_after_the_retention_period()
    {
        var url = await Queue(new() { ["MessageRetentionPeriod"] = "60" });
        await _sqs.SendMessageAsync(url, "short-lived");
        server.AdvanceClock(TimeSpan.FromSeconds(61));
        Assert.Empty((await Receive(url)).Messages ?? []);
        Assert.Equal("0", (await _sqs.GetQueueAttributesAsync(url, ["ApproximateNumberOfMessages"])).Attributes["ApproximateNumberOfMessages"]);
    }

    [Fact]
    public async Task Long_poll_returns_as_soon_as_a_message_arrives()
    {
        var url = await Queue();
        var watch = Stopwatch.StartNew();
        var poll = Receive(url, wait: 10);
        await Task.Delay(300);
        Assert.False(poll.IsCompleted);
        await _sqs.SendMessageAsync(url, "wake up");
        var message = Assert.Single((await poll).Messages);
        Assert.Equal("wake up", message.Body);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"long poll took {watch.Elapsed}");
    }

    [Fact]
    public async Task Long_poll_without_messages_ends_when_the_clock_passes_the_wait()
    {
        var url = await Queue();
        var poll = Receive(url, wait: 20);
        await Task.Delay(200);
        server.AdvanceClock(TimeSpan.FromSeconds(21));
        var finished = await Task.WhenAny(poll, Task.Delay(TimeSpan.FromSeconds(5)));
        Assert.Same(poll, finished);
        Assert.Empty((await poll).Messages ?? []);
    }

    [Fact]
    public async Task Purge_empties_the_queue_and_may_be_repeated_at_once()
    {
        var url = await Queue();
        for (var i = 0; i < 3; i++) await _sqs.SendMessageAsync(url, $"m{i}");
        await _sqs.PurgeQueueAsync(url);
        Assert.Empty((await Receive(url)).Messages ?? []);
        await _sqs.SendMessageAsync(url, "again");
        await _sqs.PurgeQueueAsync(url);
        Assert.Empty((await Receive(url)).Messages ?? []);
    }

    [Fact]
    public async Task A_message_moves_to_the_dead_letter_queue_after_maxReceiveCount()
    {
        var dlq = await Queue(prefix: "dlq");
        var dlqArn = (await _sqs.GetQueueAttributesAsync(dlq, ["QueueArn"])).Attributes["QueueArn"];
        var source = await Queue(new()
        {
            ["VisibilityTimeout"] = "10",
            ["RedrivePolicy"] = $"{{\"deadLetterTargetArn\":\"{dlqArn}\",\"maxReceiveCount\":2}}",
        });
        var sourceArn = (await _sqs.GetQueueAttributesAsync(source, ["QueueArn"])).Attributes["QueueArn"];
        var sent = await _sqs.SendMessageAsync(source, "poison");

        for (var i = 0; i < 2; i++)
        {
            Assert.Single((await Receive(source)).Messages);
            server.AdvanceClock(TimeSpan.FromSeconds(11));
        }
        Assert.Empty((await Receive(source)).Messages ?? []);
        var dead = Assert.Single((await Receive(dlq)).Messages);
        Assert.Equal(sent.MessageId, dead.MessageId);
        Assert.Equal(sourceArn, dead.Attributes["DeadLetterQueueSourceArn"]);
    }

    [Fact]
    public async Task Batches_report_each_entry()
    {
        var url = await Queue();
        var sent = await _sqs.SendMessageBatchAsync(new SendMessageBatchRequest
        {
            QueueUrl = url,
            Entries =
            [
                new() { Id = "ok", MessageBody = "fine" },
                new() { Id = "bad", MessageBody = "\u0000" },
                new() { Id = "delayed", MessageBody = "later", DelaySeconds = 5 },
            ],
        });
        Assert.Equal(["delayed", "ok"], sent.Successful.Select(s => s.Id).Order());
        var failure = Assert.Single(sent.Failed);
        Assert.Equal(("bad", "InvalidMessageContents", true), (failure.Id, failure.Code, failure.SenderFault));

        var received = Assert.Single((await Receive(url)).Messages);
        var changed = await _sqs.ChangeMessageVisibilityBatchAsync(new ChangeMessageVisibilityBatchRequest
        {
            QueueUrl = url,
            Entries = [new() { Id = "a", ReceiptHandle = received.ReceiptHandle, VisibilityTimeout = 100 }, new() { Id = "b", ReceiptHandle = "junk", VisibilityTimeout = 1 }],
        });
        Assert.Equal("a", Assert.Single(changed.Successful).Id);
        Assert.Equal("ReceiptHandleIsInvalid", Assert.Single(changed.Failed).Code);

        var deleted = await _sqs.DeleteMessageBatchAsync(new DeleteMessageBatchRequest
        {
            QueueUrl = url,
            Entries = [new() { Id = "d", ReceiptHandle = received.ReceiptHandle }],
        });
        Assert.Equal("d", Assert.Single(deleted.Successful).Id);

        await Assert.ThrowsAsync<BatchEntryIdsNotDistinctException>(() => _sqs.SendMessageBatchAsync(new SendMessageBatchRequest
        {
            QueueUrl = url, Entries = [new() { Id = "x", MessageBody = "1" }, new() { Id = "x", MessageBody = "2" }],
        }));
        await Assert.ThrowsAsync<TooManyEntriesInBatchRequestException>(() => _sqs.SendMessageBatchAsync(new SendMessageBatchRequest
        {
            QueueUrl = url, Entries = Enumerable.Range(0, 11).Select(i => new SendMessageBatchRequestEntry { Id = $"e{i}", MessageBody = "b" }).ToList(),
        }));
        await Assert.ThrowsAsync<EmptyBatchRequestException>(() => _sqs.DeleteMessageBatchAsync(new DeleteMessageBatchRequest { QueueUrl = url, Entries = [] }));
        await Assert.ThrowsAsync<BatchRequestTooLongException>(() => _sqs.SendMessageBatchAsync(new SendMessageBatchRequest
        {
            QueueUrl = url, Entries = Enumerable.Range(0, 2).Select(i => new SendMessageBatchRequestEntry { Id = $"e{i}", MessageBody = new string('x', 600_000) }).ToList(),
        }));
    }
}
