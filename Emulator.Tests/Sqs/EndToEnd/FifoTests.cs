using System.Numerics;
using Amazon.SQS;
using Amazon.SQS.Model;
using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Sqs.EndToEnd;

public class FifoTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    private readonly AmazonSQSClient _sqs = server.CreateSqsClient();

    private async Task<string> FifoQueue(Dictionary<string, string>? extra = null)
    {
        var attributes = new Dictionary<string, string> { ["FifoQueue"] = "true" };
        foreach (var (k, v) in extra ?? []) attributes[k] = v;
        return (await _sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = EmulatorServer.UniqueName("fifo") + ".fifo", Attributes = attributes })).QueueUrl;
    }

    private Task<SendMessageResponse> Send(string url, string body, string group, string? dedup = null) =>
        _sqs.SendMessageAsync(new SendMessageRequest { QueueUrl = url, MessageBody = body, MessageGroupId = group, MessageDeduplicationId = dedup ?? body });

    private async Task<List<Message>> Receive(string url, int max = 10, string? attempt = null) =>
        (await _sqs.ReceiveMessageAsync(new ReceiveMessageRequest
        {
            QueueUrl = url, MaxNumberOfMessages = max, ReceiveRequestAttemptId = attempt, MessageSystemAttributeNames = ["All"],
        })).Messages ?? [];

    [Fact]
    public async Task Order_holds_within_a_group_and_a_group_waits_while_in_flight()
    {
        var url = await FifoQueue();
        foreach (var body in new[] { "a1", "a2", "a3" }) await Send(url, body, "A");
        await Send(url, "b1", "B");

        var first = await Receive(url, max: 2);
        Assert.Equal(["a1", "a2"], first.Select(m => m.Body));
        var next = await Receive(url);
        Assert.Equal(["b1"], next.Select(m => m.Body));
        Assert.Empty(await Receive(url));

        foreach (var m in first) await _sqs.DeleteMessageAsync(url, m.ReceiptHandle);
        Assert.Equal(["a3"], (await Receive(url)).Select(m => m.Body));
    }

    [Fact]
    public async Task A_message_whose_visibility_lapses_comes_back_before_later_ones()
    {
        var url = await FifoQueue(new() { ["VisibilityTimeout"] = "30" });
        await Send(url, "1", "G");
        await Send(url, "2", "G");
        Assert.Equal(["1"], (await Receive(url, max: 1)).Select(m => m.Body));
        server.AdvanceClock(TimeSpan.FromSeconds(31));
        Assert.Equal(["1", "2"], (await Receive(url)).Select(m => m.Body));
    }

    [Fact]
    public async Task Sequence_numbers_increase_and_duplicates_are_dropped_for_five_minutes()
    {
        var url = await FifoQueue();
        var first = await Send(url, "x", "G", dedup: "d1");
        var duplicate = await Send(url, "x again", "G", dedup: "d1");
        var second = await Send(url, "y", "G", dedup: "d2");

        Assert.Equal(first.MessageId, duplicate.MessageId);
        Assert.True(BigInteger.Parse(second.SequenceNumber) > BigInteger.Parse(first.SequenceNumber));
        var received = await Receive(url);
        Assert.Equal(["x", "y"], received.Select(m => m.Body));
        Assert.Equal(first.SequenceNumber, received[0].Attributes["SequenceNumber"]);
        Assert.Equal("G", received[0].Attributes["MessageGroupId"]);
        foreach (var m in received) await _sqs.DeleteMessageAsync(url, m.ReceiptHandle);

        server.AdvanceClock(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        var afterWindow = await Send(url, "x", "G", dedup: "d1");
        Assert.NotEqual(first.MessageId, afterWindow.MessageId);
    }

    [Fact]
    public async Task Content_based_deduplication_and_group_scope()
    {
        var url = await FifoQueue(new()
        {
            ["ContentBasedDeduplication"] = "true", ["DeduplicationScope"] = "messageGroup", ["FifoThroughputLimit"] = "perMessageGroupId",
        });
        var a = await _sqs.SendMessageAsync(new SendMessageRequest { QueueUrl = url, MessageBody = "same", MessageGroupId = "A" });
        var aAgain = await _sqs.SendMessageAsync(new SendMessageRequest { QueueUrl = url, MessageBody = "same", MessageGroupId = "A" });
        var b = await _sqs.SendMessageAsync(new SendMessageRequest { QueueUrl = url, MessageBody = "same", MessageGroupId = "B" });
        Assert.Equal(a.MessageId, aAgain.MessageId);
        Assert.NotEqual(a.MessageId, b.MessageId);
    }

    [Fact]
    public async Task Fifo_parameter_rules()
    {
        var url = await FifoQueue();
        var noGroup = await Assert.ThrowsAnyAsync<AmazonSQSException>(() => _sqs.SendMessageAsync(new SendMessageRequest { QueueUrl = url, MessageBody = "x", MessageDeduplicationId = "d" }));
        Assert.Equal("MissingParameter", noGroup.ErrorCode);
        var noDedup = await Assert.ThrowsAnyAsync<AmazonSQSException>(() => _sqs.SendMessageAsync(new SendMessageRequest { QueueUrl = url, MessageBody = "x", MessageGroupId = "g" }));
        Assert.Equal("InvalidParameterValue", noDedup.ErrorCode);
        var delay = await Assert.ThrowsAnyAsync<AmazonSQSException>(() => _sqs.SendMessageAsync(new SendMessageRequest { QueueUrl = url, MessageBody = "x", MessageGroupId = "g", MessageDeduplicationId = "d", DelaySeconds = 5 }));
        Assert.Equal("InvalidParameterValue", delay.ErrorCode);

        var standard = (await _sqs.CreateQueueAsync(EmulatorServer.UniqueName("std"))).QueueUrl;
        var dedupOnStandard = await Assert.ThrowsAnyAsync<AmazonSQSException>(() => _sqs.SendMessageAsync(new SendMessageRequest { QueueUrl = standard, MessageBody = "x", MessageDeduplicationId = "d" }));
        Assert.Equal("InvalidParameterValue", dedupOnStandard.ErrorCode);
        var fair = await _sqs.SendMessageAsync(new SendMessageRequest { QueueUrl = standard, MessageBody = "x", MessageGroupId = "tenant-1" });
        Assert.Null(fair.SequenceNumber);
    }

    [Fact]
    public async Task A_retried_receive_attempt_returns_the_same_messages()
    {
        var url = await FifoQueue();
        await Send(url, "1", "G");
        await Send(url, "2", "H");
        var first = await Receive(url, attempt: "attempt-1");
        var retry = await Receive(url, attempt: "attempt-1");
        Assert.Equal(first.Select(m => m.ReceiptHandle), retry.Select(m => m.ReceiptHandle));
        Assert.Equal(2, first.Count);
    }

    [Fact]
    public async Task Expired_receipt_handles_cannot_delete_from_a_fifo_queue()
    {
        var url = await FifoQueue(new() { ["VisibilityTimeout"] = "10" });
        await Send(url, "1", "G");
        var message = Assert.Single(await Receive(url));
        server.AdvanceClock(TimeSpan.FromSeconds(11));
        var expired = await Assert.ThrowsAnyAsync<AmazonSQSException>(() => _sqs.DeleteMessageAsync(url, message.ReceiptHandle));
        Assert.Equal("InvalidParameterValue", expired.ErrorCode);
        Assert.Equal($"Value {message.ReceiptHandle} for parameter ReceiptHandle is invalid. Reason: The receipt handle has expired.", expired.Message);
    }
}
