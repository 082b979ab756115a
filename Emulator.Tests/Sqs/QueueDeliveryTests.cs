using Emulator.Common;
using Emulator.Protocol.SigV4;
using Emulator.Sqs;
using Emulator.Sqs.Messages;
using Emulator.Sqs.Queues;
using Emulator.Tests.Sqs.Queues;
using Xunit;

namespace Emulator.Tests.Sqs;

/// <summary>SQS's front door for other services: a delivered message gets SendMessage's checks and errors.</summary>
public class QueueDeliveryTests
{
    private readonly QueueWorld _world = new();
    private readonly QueueDelivery _delivery;

    private static readonly ServiceCaller Sender = ServiceCaller.SnsTopic("arn:aws:sns:us-east-1:000000000000:t");

    public QueueDeliveryTests() => _delivery = new QueueDelivery(_world.Store, new QueueAccess(AuthenticationMode.Open), new DeferredBodyWriter());

    [Fact]
    public void A_delivered_message_arrives_with_its_sender_and_attributes()
    {
        var queue = _world.Queue("std");

        var refused = _delivery.Deliver(Arn(queue), new DeliveredMessage(DeliveredBody.Of("hello"), "AIDASENDER")
        {
            Attributes = new Dictionary<string, DeliveredAttribute> { ["colour"] = new("String", "blue", null) },
            DeduplicationId = "ignored by a standard queue",
        }, Sender);

        Assert.Null(refused);
        var message = Received(queue);
        Assert.Equal("hello", message.Body);
        Assert.Equal("AIDASENDER", message.SenderId);
        Assert.Equal("blue", message.Attributes!["colour"].StringValue);
        Assert.Null(message.DeduplicationId);
    }

    [Fact]
    public void A_missing_queue_is_NonExistentQueue()
    {
        var refused = _delivery.Deliver("arn:aws:sqs:us-east-1:000000000000:nowhere", new DeliveredMessage(DeliveredBody.Of("x"), "AIDASENDER"), Sender);

        Assert.Equal("AWS.SimpleQueueService.NonExistentQueue", refused!.QueryCode);
    }

    [Fact]
    public void A_message_over_the_queues_limit_is_refused_also_when_its_body_is_written_later()
    {
        var queue = _world.Queue("small", new() { ["MaximumMessageSize"] = "1024" });

        var refused = _delivery.Deliver(Arn(queue), new DeliveredMessage(DeliveredBody.Later(() => "never written", 2000), "AIDASENDER"), Sender);

        Assert.Equal("InvalidParameterValue", refused!.QueryCode);
        Assert.Contains("Message must be shorter than 1024 bytes", refused.Message);
        Assert.Equal(new QueueCounts(0, 0, 0), queue.Messages.Counts());
    }

    [Fact]
    public void A_FIFO_queue_needs_a_group_id()
    {
        var queue = _world.Queue("ordered.fifo", new() { ["ContentBasedDeduplication"] = "true" });

        var refused = _delivery.Deliver(Arn(queue), new DeliveredMessage(DeliveredBody.Of("x"), "AIDASENDER"), Sender);

        Assert.Equal("MissingParameter", refused!.QueryCode);
    }

    [Fact]
    public async Task A_body_written_later_is_written_ahead_of_any_read_and_only_once()
    {
        var queue = _world.Queue("std");
        var writes = 0;
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        string Write()
        {
            Interlocked.Increment(ref writes);
            written.SetResult();
            return "envelope";
        }

        Assert.Null(_delivery.Deliver(Arn(queue), new DeliveredMessage(DeliveredBody.Later(Write, 8), "AIDASENDER"), Sender));

        await written.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("envelope", Received(queue).Body);
        Assert.Equal(1, writes);
    }

    private static string Arn(SqsQueue queue) => QueueArn.Of(queue).ToString();

    private SqsMessage Received(SqsQueue queue) =>
        queue.Messages.ReceiveAsync(new ReceiveRequest(10, TimeSpan.FromSeconds(30), TimeSpan.Zero, null), CancellationToken.None)
            .AsTask().Result.Single().Message;
}
