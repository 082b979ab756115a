using Emulator.Sqs.Durability;
using System.Text;
using Emulator.Sqs;
using Emulator.Sqs.Messages;
using Emulator.Sqs.Queues;
using Microsoft.Extensions.Time.Testing;

namespace Emulator.Tests.Sqs.Messages;

/// <summary>The queue state machine against a fake clock: no test here waits for real time to pass.</summary>
public class MessageStoreTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly Dictionary<string, SqsQueue> _queues = new();

    private SqsQueue Queue(string name, QueueSettings? settings = null)
    {
        var queue = new SqsQueue("000000000000", "us-east-1", name, settings ?? new QueueSettings { FifoQueue = name.EndsWith(".fifo") },
            null, _clock, arn => _queues.Values.FirstOrDefault(q => q.Arn == arn), new SqsJournal());
        _queues[name] = queue;
        return queue;
    }

    private static OutgoingMessage Message(string body, string? group = null, string? dedup = null, int? delay = null) =>
        new(Encoding.UTF8.GetBytes(body), null, null, null, "sender", delay, group, dedup);

    private static IReadOnlyList<ReceivedMessage> Receive(SqsQueue queue, int max = 10, int visibility = 30, string? attempt = null) =>
        queue.Messages.ReceiveAsync(new ReceiveRequest(max, TimeSpan.FromSeconds(visibility), TimeSpan.Zero, attempt), default).AsTask().Result;

    [Fact]
    public void Standard_queue_delivers_in_arrival_order_and_hides_in_flight_messages()
    {
        var queue = Queue("std");
        foreach (var body in new[] { "a", "b", "c" }) queue.Messages.Send(Message(body));

        Assert.Equal(["a", "b"], Receive(queue, max: 2).Select(r => r.Message.Body));
        Assert.Equal(new QueueCounts(1, 2, 0), queue.Messages.Counts());
        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(new QueueCounts(3, 0, 0), queue.Messages.Counts());
    }

    [Fact]
    public void A_deferred_body_not_yet_written_is_written_at_the_first_read_once_and_its_MD5_follows_it()
    {
        var queue = Queue("std");
        var writes = 0;
        queue.Messages.Send(Message("placeholder") with { Deferred = new DeferredBody(() => { writes++; return "signed envelope"; }, 15) });
        Assert.Equal(0, writes);

        var received = Receive(queue, visibility: 0).Single().Message;
        Assert.Equal("signed envelope", received.Body);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData("signed envelope"u8)), received.Md5OfBody);
        Assert.Equal("signed envelope", Receive(queue).Single().Message.Body);
        Assert.Equal(1, writes);
    }

    [Fact]
    public void Clearing_counts_the_body_bytes_it_drops_without_writing_deferred_bodies()
    {
        var queue = Queue("std");
        var writes = 0;
        queue.Messages.Send(Message("four"));
        queue.Messages.Send(Message("é"));
        queue.Messages.Send(Message("placeholder") with { Deferred = new DeferredBody(() => { writes++; return "never written"; }, 13) });

        Assert.Equal(4 + 2, queue.Messages.Clear());
        Assert.Equal(0, writes);
        Assert.Equal(new QueueCounts(0, 0, 0), queue.Messages.Counts());
    }

    [Fact]
    public void Delete_with_the_newest_handle_only()
    {
        var queue = Queue("std");
        queue.Messages.Send(Message("m"));
        var first = Receive(queue, visibility: 0).Single();
        var second = Receive(queue).Single();

        queue.Messages.Delete(first.ReceiptHandle);
        Assert.Equal(1, queue.Messages.Counts().NotVisible);
        queue.Messages.Delete(second.ReceiptHandle);
        Assert.Equal(new QueueCounts(0, 0, 0), queue.Messages.Counts());
        queue.Messages.Delete(second.ReceiptHandle);
    }

    [Fact]
    public void Visibility_cannot_extend_past_twelve_hours_from_receipt()
    {
        var queue = Queue("std");
        queue.Messages.Send(Message("m"));
        var received = Receive(queue, visibility: 43_200).Single();
        _clock.Advance(TimeSpan.FromHours(11));
        queue.Messages.ChangeVisibility(received.ReceiptHandle, 3600);
        var error = Assert.Throws<Emulator.Protocol.Errors.AwsError>(() => queue.Messages.ChangeVisibility(received.ReceiptHandle, 3601));
        Assert.Equal("InvalidParameterValue", error.QueryCode);
    }

    [Fact]
    public void Delayed_messages_count_as_delayed_until_due()
    {
        var queue = Queue("std", new QueueSettings { DelaySeconds = 10 });
        queue.Messages.Send(Message("queue default"));
        queue.Messages.Send(Message("immediate", delay: 0));
        Assert.Equal(new QueueCounts(1, 0, 1), queue.Messages.Counts());
        _clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(new QueueCounts(2, 0, 0), queue.Messages.Counts());
    }

    [Fact]
    public void Retention_drops_messages_in_any_state()
    {
        var queue = Queue("std", new QueueSettings { MessageRetentionPeriod = 60 });
        queue.Messages.Send(Message("one"));
        queue.Messages.Send(Message("two"));
        Receive(queue, max: 1, visibility: 600);
        _clock.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal(new QueueCounts(0, 0, 0), queue.Messages.Counts());
    }

    [Fact]
    public void Receive_past_maxReceiveCount_moves_the_message_to_the_dead_letter_queue()
    {
        var dlq = Queue("dlq");
        var source = Queue("src", new QueueSettings { RedrivePolicy = new RedrivePolicy(dlq.Arn, 2) });
        source.Messages.Send(Message("poison"));
        Receive(source, visibility: 0);
        Receive(source, visibility: 0);

        Assert.Empty(Receive(source));
        var dead = Receive(dlq).Single();
        Assert.Equal("poison", dead.Message.Body);
        Assert.Equal(source.Arn, dead.Message.DeadLetterSourceArn);
    }

    [Fact]
    public void Fifo_groups_hold_while_in_flight_and_keep_order()
    {
        var queue = Queue("q.fifo");
        queue.Messages.Send(Message("a1", "A", "1"));
        queue.Messages.Send(Message("b1", "B", "2"));
        queue.Messages.Send(Message("a2", "A", "3"));

        var first = Receive(queue, max: 1).Single();
        Assert.Equal("a1", first.Message.Body);
        Assert.Equal(["b1"], Receive(queue).Select(r => r.Message.Body));
        Assert.Empty(Receive(queue));

        queue.Messages.Delete(first.ReceiptHandle);
        Assert.Equal(["a2"], Receive(queue).Select(r => r.Message.Body));
    }

    [Fact]
    public void A_fifo_message_in_flight_holds_back_itself_and_the_rest_of_its_group_but_not_the_messages_before_it()
    {
        var queue = Queue("q.fifo");
        foreach (var body in new[] { "a1", "a2", "a3" }) queue.Messages.Send(Message(body, "A", body));
        var received = Receive(queue, visibility: 1);
        queue.Messages.ChangeVisibility(received[1].ReceiptHandle, 4);

        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(["a1"], Receive(queue).Select(r => r.Message.Body));
    }

    [Fact]
    public void Fifo_deduplicates_within_five_minutes_per_scope()
    {
        var byQueue = Queue("q.fifo");
        var first = byQueue.Messages.Send(Message("x", "A", "same"));
        Assert.Equal(first.MessageId, byQueue.Messages.Send(Message("x", "B", "same")).MessageId);
        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.NotEqual(first.MessageId, byQueue.Messages.Send(Message("x", "A", "same")).MessageId);

        var byGroup = Queue("g.fifo", new QueueSettings { FifoQueue = true, DeduplicationScope = "messageGroup" });
        var inA = byGroup.Messages.Send(Message("x", "A", "same"));
        Assert.NotEqual(inA.MessageId, byGroup.Messages.Send(Message("x", "B", "same")).MessageId);
        Assert.Equal(inA.MessageId, byGroup.Messages.Send(Message("x", "A", "same")).MessageId);
    }

    [Fact]
    public void An_unlimited_purge_may_be_repeated_at_once()
    {
        var queue = Queue("std");
        queue.Messages.Send(Message("m"));
        queue.Messages.Purge(limited: false);
        queue.Messages.Send(Message("n"));
        queue.Messages.Purge(limited: false);
        Assert.Equal(new QueueCounts(0, 0, 0), queue.Messages.Counts());
    }

    [Fact]
    public void A_limited_purge_is_allowed_once_a_minute()
    {
        var queue = Queue("std");
        queue.Messages.Send(Message("m"));
        queue.Messages.Purge(limited: true);
        Assert.Equal(new QueueCounts(0, 0, 0), queue.Messages.Counts());
        Assert.Equal("PurgeQueueInProgress", Assert.Throws<Emulator.Protocol.Errors.AwsError>(() => queue.Messages.Purge(limited: true)).Code);
        _clock.Advance(TimeSpan.FromSeconds(60));
        queue.Messages.Purge(limited: true);
    }

    [Fact]
    public async Task A_waiting_receive_wakes_when_a_delayed_message_becomes_due()
    {
        var queue = Queue("std");
        queue.Messages.Send(Message("later", delay: 30));
        var waiting = queue.Messages.ReceiveAsync(new ReceiveRequest(1, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(20), null), default).AsTask();
        await Task.Delay(50);
        Assert.False(waiting.IsCompleted);
        _clock.Advance(TimeSpan.FromSeconds(30));
        var received = await waiting.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal("later", received.Single().Message.Body);
    }

    [Fact]
    public async Task A_waiting_receive_wakes_on_send_and_ends_empty_when_cancelled()
    {
        var queue = Queue("std");
        var waiting = queue.Messages.ReceiveAsync(new ReceiveRequest(1, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(20), null), default).AsTask();
        queue.Messages.Send(Message("now"));
        Assert.Equal("now", (await waiting.WaitAsync(TimeSpan.FromSeconds(5))).Single().Message.Body);

        using var cancel = new CancellationTokenSource();
        var abandoned = queue.Messages.ReceiveAsync(new ReceiveRequest(1, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(20), null), cancel.Token).AsTask();
        cancel.Cancel();
        Assert.Empty(await abandoned.WaitAsync(TimeSpan.FromSeconds(5)));
    }
}
