using Emulator.Tests.Conformance.Wire;
using static Emulator.Tests.Conformance.Sqs.SqsSteps;

namespace Emulator.Tests.Conformance.Sqs;

/// <summary>SendMessageBatch, DeleteMessageBatch and ChangeMessageVisibilityBatch: what fails a whole batch, and what one entry.</summary>
public static class SqsBatchCases
{
    private const string Recording = "sqs/test_sqs";

    public static readonly CaseList All = new()
    {
        {
            "A SendMessageBatch over 1 MiB in total is BatchRequestTooLong",
            Source.Recorded(Recording, "TestSqsProvider::test_send_message_batch_with_oversized_contents", "send_oversized_message_batch"),
            async sqs => await sqs.Call("SendMessageBatch", new
            {
                QueueUrl = await Queue(sqs),
                Entries = new object[]
                {
                    new
                    {
                        Id = "1", MessageBody = new string('a', 1_048_576 - "kStringx".Length),
                        MessageAttributes = new { k = new { DataType = "String", StringValue = "x" } },
                    },
                    new { Id = "2", MessageBody = "a" },
                },
            }),
            Expect.Error(400, "AWS.SimpleQueueService.BatchRequestTooLong",
                "Batch requests cannot be longer than 1048576 bytes. You have sent 1048577 bytes.", jsonType: "BatchRequestTooLong")
        },
        {
            "A SendMessageBatch entry as large as the queue's MaximumMessageSize is sent",
            Source.Recorded(Recording, "TestSqsProvider::test_send_message_batch_with_oversized_contents_with_updated_maximum_message_size", "send_oversized_message_batch"),
            async sqs =>
            {
                var url = await Queue(sqs, new { MaximumMessageSize = "2048" });
                return await sqs.Call("SendMessageBatch", new
                {
                    QueueUrl = url,
                    Entries = new object[]
                    {
                        new { Id = "1", MessageBody = new string('a', 2048 - "kStringx".Length), MessageAttributes = new { k = new { DataType = "String", StringValue = "x" } } },
                        new { Id = "2", MessageBody = "a" },
                    },
                });
            },
            Expect.Success(response =>
            {
                Assert.Equal(["1", "2"], response.Values("Id"));
                Assert.Equal("a45daa70926828a2f0a1db3418e6feb4", response.Value("MD5OfMessageAttributes"));
            })
        },
        {
            "A SendMessageBatch entry over the queue's MaximumMessageSize fails alone, in AWS's batch wording",
            Source.Recorded(Recording, "TestSqsProvider::test_send_batch_message_size", "send-message-batch-result"),
            async sqs => await sqs.Call("SendMessageBatch", new
            {
                QueueUrl = await Queue(sqs, new { MaximumMessageSize = "1024" }),
                Entries = new object[] { new { Id = "fits", MessageBody = new string('a', 1024) }, new { Id = "over", MessageBody = new string('a', 1025) } },
            }),
            Expect.Success(response =>
            {
                Assert.Equal(["fits", "over"], response.Values("Id").Order());
                Assert.Equal("InvalidParameterValue", response.Value("Code"));
                Assert.Equal("One or more parameters cannot be validated. Reason: Message must be shorter than 1024 bytes.", response.Value("Message"));
                Assert.Equal("true", response.Value("SenderFault"));
            }),
            WireProtocol.Json
        },
        {
            "A SendMessageBatch of 20 entries is TooManyEntriesInBatchRequest",
            Source.Recorded(Recording, "TestSqsProvider::test_too_many_entries_in_batch_request", "test_too_many_entries_in_batch_request"),
            async sqs => await sqs.Call("SendMessageBatch", new { QueueUrl = await Queue(sqs), Entries = Entries(20) }),
            SqsExpect.TooManyEntriesInBatchRequest(20)
        },
        {
            "A SendMessageBatch entry id with a colon is InvalidBatchEntryId",
            Source.Recorded(Recording, "TestSqsProvider::test_invalid_batch_id", "test_invalid_batch_id"),
            async sqs => await sqs.Call("SendMessageBatch", new
            {
                QueueUrl = await Queue(sqs), Entries = new[] { new { Id = "message:1", MessageBody = "messageBody-1" } },
            }),
            SqsExpect.InvalidBatchEntryId()
        },
        {
            "A FIFO SendMessageBatch with an entry lacking a needed deduplication id fails whole",
            Source.Recorded(Recording, "TestSqsProvider::test_send_batch_missing_deduplication_id_for_fifo_queue", "test_missing_deduplication_id_for_fifo_queue"),
            async sqs => await sqs.Call("SendMessageBatch", new
            {
                QueueUrl = await Queue(sqs, new { ContentBasedDeduplication = "false" }, fifo: true),
                Entries = new object[]
                {
                    new { Id = "first", MessageBody = "messageBody", MessageGroupId = "test-group", MessageDeduplicationId = "dedup-1" },
                    new { Id = "second", MessageBody = "messageBody", MessageGroupId = "test-group" },
                },
            }),
            SqsExpect.InvalidParameterValue(
                "The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly")
        },
        {
            "A FIFO SendMessageBatch with an entry lacking MessageGroupId fails whole",
            Source.Recorded(Recording, "TestSqsProvider::test_send_batch_missing_message_group_id_for_fifo_queue", "test_missing_message_group_id_for_fifo_queue"),
            async sqs => await sqs.Call("SendMessageBatch", new
            {
                QueueUrl = await Queue(sqs, new { ContentBasedDeduplication = "false" }, fifo: true),
                Entries = new object[]
                {
                    new { Id = "first", MessageBody = "messageBody", MessageGroupId = "test-group", MessageDeduplicationId = "dedup-1" },
                    new { Id = "second", MessageBody = "messageBody", MessageDeduplicationId = "dedup-2" },
                },
            }),
            SqsExpect.InvalidParameterValue("The request must contain the parameter MessageGroupId.")
        },
        { "A DeleteMessageBatch entry with an empty id is InvalidBatchEntryId", InvalidDeleteId(""), DeleteWithId(""), SqsExpect.InvalidBatchEntryId() },
        { "A DeleteMessageBatch entry id of 100 characters is InvalidBatchEntryId", InvalidDeleteId("testLongIdtestLongIdtestLongIdtestLongIdtestLongIdtestLongIdtestLongIdtestLongIdtestLongIdtestLongId"), DeleteWithId(string.Concat(Enumerable.Repeat("testLongId", 10))), SqsExpect.InvalidBatchEntryId() },
        { "A DeleteMessageBatch entry id with a colon is InvalidBatchEntryId", InvalidDeleteId("invalid:id"), DeleteWithId("invalid:id"), SqsExpect.InvalidBatchEntryId() },
        {
            "A DeleteMessageBatch of 20 entries is TooManyEntriesInBatchRequest",
            Source.Recorded(Recording, "TestSqsProvider::test_delete_message_batch_with_too_large_batch", "error_response"),
            async sqs =>
            {
                var url = await Queue(sqs);
                var handles = await ReceiptHandles(sqs, url, 20);
                return await sqs.Call("DeleteMessageBatch", new { QueueUrl = url, Entries = handles.Select((h, i) => new { Id = $"{i}", ReceiptHandle = h }) });
            },
            SqsExpect.TooManyEntriesInBatchRequest(20)
        },
        {
            "A ChangeMessageVisibilityBatch of 20 entries is TooManyEntriesInBatchRequest",
            Source.Recorded(Recording, "TestSqsProvider::test_change_message_visibility_batch_with_too_large_batch", "error_response"),
            async sqs =>
            {
                var url = await Queue(sqs);
                var handles = await ReceiptHandles(sqs, url, 20);
                return await sqs.Call("ChangeMessageVisibilityBatch", new
                {
                    QueueUrl = url, Entries = handles.Select((h, i) => new { Id = $"{i}", ReceiptHandle = h, VisibilityTimeout = 123 }),
                });
            },
            SqsExpect.TooManyEntriesInBatchRequest(20)
        },
    };

    private static string InvalidDeleteId(string id) =>
        Source.Recorded(Recording, $"TestSqsProvider::test_delete_message_batch_invalid_msg_id[sqs-{id}]", "error_response");

    private static Func<WireClient, Task<WireResponse>> DeleteWithId(string id) => async sqs =>
        await sqs.Call("DeleteMessageBatch", new { QueueUrl = await Queue(sqs), Entries = new[] { new { Id = id, ReceiptHandle = "testHandle1" } } });
}
