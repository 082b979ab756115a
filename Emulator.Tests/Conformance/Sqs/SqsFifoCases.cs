using Emulator.Tests.Conformance.Wire;
using static Emulator.Tests.Conformance.Sqs.SqsSteps;

namespace Emulator.Tests.Conformance.Sqs;

/// <summary>
/// FIFO queues: deduplication by scope, message groups and delays, as recorded. Deliveries recorded right after a
/// DeduplicationScope change (<c>test_fifo_change_to_*_throughput_after_creation</c>) still follow the queue's former
/// scope, as AWS's propagation of attribute changes (up to 60 seconds) allows; they are not cases, the attributes are.
/// </summary>
public static class SqsFifoCases
{
    private const string Recording = "sqs/test_sqs";
    private const string Json = "{\"foo\": \"bar\"}";

    internal static readonly object GroupScope =
        new { ContentBasedDeduplication = "False", DeduplicationScope = "messageGroup", FifoThroughputLimit = "perMessageGroupId" };

    public static readonly CaseList All = new()
    {
        {
            "A deduplication id seen in one group drops a message of another group on a queue-scoped queue",
            Source.Recorded(Recording, "TestSqsProvider::test_sqs_fifo_same_dedup_id_different_message_groups", "same-dedup-different-grp-2"),
            async sqs =>
            {
                var url = await Queue(sqs, new { ContentBasedDeduplication = "False" }, fifo: true);
                await ReceivedAfterSending(sqs, url, "Test", "group1", "same-dedup", expected: "Test");
                return await SendAndReceive(sqs, url, "Test", "group2", "same-dedup");
            },
            NoMessage()
        },
        {
            "A deduplication id seen in one group does not drop a message of another group on a group-scoped queue",
            Source.Recorded(Recording, "TestSqsProvider::test_fifo_high_throughput_ordering", "same-dedup-different-grp-2"),
            async sqs =>
            {
                var url = await Queue(sqs, GroupScope, fifo: true);
                await ReceivedAfterSending(sqs, url, "Test1", "group1", "same-dedup", expected: "Test1");
                return await SendAndReceive(sqs, url, "Test2", "group2", "same-dedup");
            },
            Expect.Success(("Body", "Test2"))
        },
        {
            "Content-based deduplication scoped to the message group lets equal bodies through in another group",
            Source.Recorded(Recording, "TestSqsProvider::test_sqs_fifo_message_group_scope_no_throughput_setting", "same-dedup-different-grp-2"),
            async sqs =>
            {
                var url = await Queue(sqs, new { ContentBasedDeduplication = "True", DeduplicationScope = "messageGroup" }, fifo: true);
                await ReceivedAfterSending(sqs, url, "Test", "group1", null, expected: "Test");
                return await SendAndReceive(sqs, url, "Test", "group2", null);
            },
            Expect.Success(("Body", "Test"))
        },
        { "A FIFO message sent again after its first copy was deleted is dropped (content-based)", Recorded("test_fifo_deduplication_arrives_once_after_delete[sqs-True]", "get-messages-duplicate"), ArrivesOnce(contentBased: true), NoMessage() },
        { "A FIFO message sent again after its first copy was deleted is dropped (explicit id)", Recorded("test_fifo_deduplication_arrives_once_after_delete[sqs-False]", "get-messages-duplicate"), ArrivesOnce(contentBased: false), NoMessage() },
        { "A FIFO duplicate in another group is dropped (content-based)", Recorded("test_fifo_deduplication_not_on_message_group_id[sqs-True]", "get-dedup-messages"), NotOnGroup(contentBased: true), NoMessage() },
        { "A FIFO duplicate in another group is dropped (explicit id)", Recorded("test_fifo_deduplication_not_on_message_group_id[sqs-False]", "get-dedup-messages"), NotOnGroup(contentBased: false), NoMessage() },
        { "A FIFO group's first message held longer by ChangeMessageVisibility holds back the whole group", Extended(0), ExtendOne(0), Bodies() },
        { "A FIFO group's second message held longer by ChangeMessageVisibility holds back itself and what follows it", Extended(1), ExtendOne(1), Bodies("foo") },
        { "A FIFO group's last message held longer by ChangeMessageVisibility holds back only itself", Extended(2), ExtendOne(2), Bodies("foo", "bar") },
        {
            "A message group emptied by a delete takes new messages",
            Source.Recorded(Recording, "TestSqsProvider::test_fifo_empty_message_groups_added_back_to_queue", "final-fifo-receive"),
            async sqs =>
            {
                var url = await Queue(sqs, fifo: true);
                await ReceivedAfterSending(sqs, url, "Message 1", "g1", "1", expected: "Message 1");
                Assert.Null((await sqs.Ok("ReceiveMessage", new { QueueUrl = url })).Value("Body"));
                return await SendAndReceive(sqs, url, "Message 2", "g1", "2");
            },
            Expect.Success(("Body", "Message 2"), ("MD5OfBody", "88ef8f31ed540f1c4c03d5fdb06a7935"))
        },
        {
            "DelaySeconds 0 on a FIFO queue's message leaves it to the queue's delay",
            Source.Recorded(Recording, "TestSqsProvider::test_fifo_queue_send_message_with_zero_delay_defaults_to_queue_delay", "receive_message_after_delay_result"),
            async sqs =>
            {
                var url = await Queue(sqs, new { ContentBasedDeduplication = "true", DelaySeconds = "2" }, fifo: true);
                await sqs.Ok("SendMessage", new { QueueUrl = url, MessageBody = "message-1", MessageGroupId = "1", DelaySeconds = 0 });
                Assert.Null((await sqs.Ok("ReceiveMessage", new { QueueUrl = url })).Value("Body"));
                await sqs.AdvanceClock(TimeSpan.FromSeconds(3));
                return await sqs.Call("ReceiveMessage", new { QueueUrl = url });
            },
            Expect.Success(("Body", "message-1"), ("MD5OfBody", "3d6b824fd8c1520e9a047d21fee6fb1f"))
        },
    };

    private static string Recorded(string test, string response) => Source.Recorded(Recording, "TestSqsProvider::" + test, response);

    /// <summary>Sends one message and answers a receive of the queue, deleting what it received.</summary>
    private static async Task<WireResponse> SendAndReceive(WireClient sqs, string url, string body, string group, string? deduplicationId)
    {
        await sqs.Ok("SendMessage", new { QueueUrl = url, MessageBody = body, MessageGroupId = group, MessageDeduplicationId = deduplicationId });
        var received = await sqs.Call("ReceiveMessage", new { QueueUrl = url });
        if (received.Value("ReceiptHandle") is { } handle) await sqs.Ok("DeleteMessage", new { QueueUrl = url, ReceiptHandle = handle });
        return received;
    }

    /// <summary>A set-up step whose receive the recording also shows: <paramref name="expected"/> is the body received, or null for none.</summary>
    private static async Task ReceivedAfterSending(WireClient sqs, string url, string body, string group, string? deduplicationId, string? expected) =>
        Assert.Equal(expected, (await SendAndReceive(sqs, url, body, group, deduplicationId)).Value("Body"));

    private static Func<WireClient, Task<WireResponse>> ArrivesOnce(bool contentBased) => async sqs =>
    {
        var url = await Queue(sqs, contentBased ? new { ContentBasedDeduplication = "true" } : null, fifo: true);
        var id = contentBased ? null : "dedup1";
        await ReceivedAfterSending(sqs, url, Json, "group-1", id, expected: Json);
        return await SendAndReceive(sqs, url, Json, "group-1", id);
    };

    private static Func<WireClient, Task<WireResponse>> NotOnGroup(bool contentBased) => async sqs =>
    {
        var url = await Queue(sqs, contentBased ? new { ContentBasedDeduplication = "true" } : null, fifo: true);
        var id = contentBased ? null : "dedup1";
        foreach (var group in new[] { "group-1", "group-2" })
            await sqs.Ok("SendMessage", new { QueueUrl = url, MessageBody = Json, MessageGroupId = group, MessageDeduplicationId = id });
        Assert.Equal(Json, (await sqs.Ok("ReceiveMessage", new { QueueUrl = url })).Value("Body"));
        return await sqs.Call("ReceiveMessage", new { QueueUrl = url });
    };

    private static string Extended(int position) =>
        Recorded($"test_fifo_group_visibility_extends_with_change_message_visibility[sqs-{position}-visible]", "some-messages-invisible");

    /// <summary>
    /// Three messages of one group (visibility timeout 1 s) received together; the one at <paramref name="position"/>
    /// is held for 4 s, and the group is received again 2.5 s later.
    /// </summary>
    private static Func<WireClient, Task<WireResponse>> ExtendOne(int position) => async sqs =>
    {
        var url = await Queue(sqs, new { VisibilityTimeout = "1" }, fifo: true);
        foreach (var body in new[] { "foo", "bar", "baz" })
            await sqs.Ok("SendMessage", new { QueueUrl = url, MessageBody = body, MessageGroupId = "1", MessageDeduplicationId = body });
        var handles = (await sqs.Ok("ReceiveMessage", new { QueueUrl = url, MaxNumberOfMessages = 5 })).Values("ReceiptHandle");
        Assert.Equal(3, handles.Count);
        await sqs.Ok("ChangeMessageVisibility", new { QueueUrl = url, ReceiptHandle = handles[position], VisibilityTimeout = 4 });
        await sqs.AdvanceClock(TimeSpan.FromSeconds(2.5));
        return await sqs.Call("ReceiveMessage", new { QueueUrl = url, MaxNumberOfMessages = 5 });
    };

    private static Expectation Bodies(params string[] bodies) => Expect.Success(response => Assert.Equal(bodies, response.Values("Body")));

    private static Expectation NoMessage() => Expect.Success(response => Assert.Null(response.Value("MessageId")));
}
