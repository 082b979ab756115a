using Emulator.Tests.Conformance.Wire;
using static Emulator.Tests.Conformance.Sqs.SqsSteps;

namespace Emulator.Tests.Conformance.Sqs;

/// <summary>What a received message carries: its system attributes, user attributes and their MD5s, as recorded.</summary>
public static class SqsReceivedMessageCases
{
    private const string Recording = "sqs/test_sqs";
    private const string TraceHeader = "Root=1-3152b799-8954dae64eda91bc9a23a7e8;Parent=7fa8c0f79203be72;Sampled=1";
    private const string DeadLetterTrace = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1";

    /// <summary>The bytes the recording sends as a Binary attribute, base64 as both protocols carry them.</summary>
    private static readonly string Traceparent =
        Convert.ToBase64String("traceparent\u001e00-774062d6c37081a5a0b9b5b88e30627c-2d2482211f6489da-01"u8.ToArray());

    /// <summary>Attributes whose values change from run to run (or name a case's own queue): only their presence is compared.</summary>
    private static readonly string[] Varying = ["SenderId", "SentTimestamp", "ApproximateFirstReceiveTimestamp", "SequenceNumber", "DeadLetterQueueSourceArn"];

    public static readonly CaseList All = new()
    {
        {
            "A request's X-Amzn-Trace-Id header becomes its message's AWSTraceHeader",
            Source.Recorded(Recording, "TestSqsProvider::test_aws_trace_header_propagation", "xray-msg"),
            async sqs =>
            {
                var url = await Queue(sqs);
                var sent = await sqs.Call("SendMessage", new
                {
                    QueueUrl = url, MessageBody = "test", MessageAttributes = new { timestamp = new { StringValue = "1493147359900", DataType = "Number" } },
                }, headers: new Dictionary<string, string> { ["X-Amzn-Trace-Id"] = TraceHeader });
                Assert.False(sent.IsError, sent.ToString());
                return await sqs.Call("ReceiveMessage", new
                {
                    QueueUrl = url, AttributeNames = new[] { "SentTimestamp", "AWSTraceHeader" }, MessageAttributeNames = new[] { "All" },
                });
            },
            Received(("AWSTraceHeader", TraceHeader), ("SentTimestamp", null)).With(
                ("MD5OfBody", "098f6bcd4621d373cade4e832627b4f6"), ("MD5OfMessageAttributes", "235c5c510d26fb653d073faed50ae77c"))
        },
        {
            "A Binary attribute comes back as sent, with AWS's attribute MD5",
            Source.Recorded(Recording, "TestSqsProvider::test_send_message_with_binary_attributes", "binary-attrs-msg"),
            async sqs =>
            {
                var url = await Queue(sqs);
                await sqs.Ok("SendMessage", new { QueueUrl = url, MessageBody = "test", MessageAttributes = new { attr1 = new { BinaryValue = Traceparent, DataType = "Binary" } } });
                return await sqs.Call("ReceiveMessage", new { QueueUrl = url, MessageAttributeNames = new[] { "All" } });
            },
            Expect.Success(("BinaryValue", Traceparent), ("DataType", "Binary"), ("MD5OfMessageAttributes", "8cbe4db156db8a94db8b801b7addb984"))
        },
        {
            "A FIFO message received again counts its receives and carries its group, deduplication id and sequence number",
            Source.Recorded(Recording, "TestSqsProvider::test_fifo_message_attributes", "receive_message_1"),
            async sqs =>
            {
                var url = await Queue(sqs, new
                {
                    ContentBasedDeduplication = "true", VisibilityTimeout = "0", DeduplicationScope = "messageGroup", FifoThroughputLimit = "perMessageGroupId",
                }, fifo: true);
                var sent = await sqs.Ok("SendMessage", new { QueueUrl = url, MessageBody = "message-body-1", MessageGroupId = "group-1", MessageDeduplicationId = "dedup-1" });
                Assert.Equal("19c9e282d65f9733bc6b35d50062c7ee", sent.Value("MD5OfMessageBody"));
                Assert.NotNull(sent.Value("SequenceNumber"));
                await sqs.Ok("ReceiveMessage", new { QueueUrl = url, AttributeNames = new[] { "All" } });
                return await sqs.Call("ReceiveMessage", new { QueueUrl = url, AttributeNames = new[] { "All" } });
            },
            Received(("ApproximateFirstReceiveTimestamp", null), ("ApproximateReceiveCount", "2"), ("MessageDeduplicationId", "dedup-1"),
                ("MessageGroupId", "group-1"), ("SenderId", null), ("SentTimestamp", null), ("SequenceNumber", null))
        },
        {
            "A standard queue's message sent with a MessageGroupId carries the group and no FIFO attributes",
            Source.Recorded(Recording, "TestSqsProvider::test_fair_queue_with_message_group_id", "get-message-with-deduplication-id"),
            async sqs =>
            {
                var url = await Queue(sqs);
                var sent = await sqs.Ok("SendMessage", new { QueueUrl = url, MessageBody = "message", MessageGroupId = "test" });
                Assert.Null(sent.Value("SequenceNumber"));
                return await sqs.Call("ReceiveMessage", new { QueueUrl = url, AttributeNames = new[] { "All" } });
            },
            Received(("ApproximateFirstReceiveTimestamp", null), ("ApproximateReceiveCount", "1"), ("MessageGroupId", "test"),
                ("SenderId", null), ("SentTimestamp", null)).With(("MD5OfBody", "78e731027d8fd50ed642340b7c9a63b3"))
        },
        {
            "AttributeNames All with MessageAttributeNames All returns the system attributes and the user attributes with their MD5",
            Source.Recorded(Recording, "TestSqsProvider::test_receive_message_attribute_names_filters", "all_system_and_message_attributes"),
            async sqs =>
            {
                var url = await Queue(sqs, new { VisibilityTimeout = "0" });
                await sqs.Ok("SendMessage", new { QueueUrl = url, MessageBody = "msg", MessageAttributes = new { Foo = new { DataType = "String", StringValue = "Bar" } } });
                await sqs.Ok("ReceiveMessage", new { QueueUrl = url, AttributeNames = new[] { "All" } });
                return await sqs.Call("ReceiveMessage", new { QueueUrl = url, AttributeNames = new[] { "All" }, MessageAttributeNames = new[] { "All" } });
            },
            Received(("ApproximateFirstReceiveTimestamp", null), ("ApproximateReceiveCount", "2"), ("SenderId", null), ("SentTimestamp", null))
                .With(("MD5OfBody", "6e2baaf3b97dbeef01c0043275f9a0e7"), ("MD5OfMessageAttributes", "ae7155c6026991b6d54b11589678bf9c"), ("StringValue", "Bar"))
        },
        {
            "A dead-lettered message keeps its id, attributes and trace header, counts its receives and names its source queue",
            Source.Recorded(Recording, "TestSqsProvider::test_dead_letter_queue_message_attributes", "dlq-messages"),
            async sqs =>
            {
                var deadLetterArn = await Arn(sqs, await Queue(sqs));
                var source = await Queue(sqs, new { RedrivePolicy = $"{{\"deadLetterTargetArn\":\"{deadLetterArn}\",\"maxReceiveCount\":1}}" });
                var sent = await sqs.Ok("SendMessage", new
                {
                    QueueUrl = source, MessageBody = "message-1",
                    MessageSystemAttributes = new { AWSTraceHeader = new { StringValue = DeadLetterTrace, DataType = "String" } },
                    MessageAttributes = new { MyAttribute = new { StringValue = "foobar", DataType = "String" } },
                });
                for (var receive = 0; receive < 2; receive++)
                    await sqs.Ok("ReceiveMessage", new { QueueUrl = source, VisibilityTimeout = 0 });
                var deadLetters = await sqs.Call("ReceiveMessage", new
                {
                    QueueUrl = deadLetterArn.Split(':')[^1], AttributeNames = new[] { "All" }, MessageAttributeNames = new[] { "All" },
                });
                Assert.Equal(sent.Value("MessageId"), deadLetters.Value("MessageId"));
                Assert.Equal(await Arn(sqs, source), deadLetters.Value("DeadLetterQueueSourceArn"));
                return deadLetters;
            },
            Received(("ApproximateFirstReceiveTimestamp", null), ("ApproximateReceiveCount", "2"), ("AWSTraceHeader", DeadLetterTrace),
                ("DeadLetterQueueSourceArn", null), ("SenderId", null), ("SentTimestamp", null)).With(
                ("MD5OfBody", "3d6b824fd8c1520e9a047d21fee6fb1f"), ("MD5OfMessageAttributes", "adb59cd4678ea5a855436b949cd07ab6"))
        },
        {
            "ReceiveMessage of an empty queue answers no messages",
            Source.Recorded(Recording, "TestSqsProvider::test_receive_empty_queue", "empty_short_poll_resp"),
            async sqs => await sqs.Call("ReceiveMessage", new { QueueUrl = await Queue(sqs), WaitTimeSeconds = 0 }),
            Expect.Success(response =>
            {
                Assert.Null(response.Value("Messages") ?? response.Value("Message"));
                Assert.Null(response.Value("MessageId"));
            })
        },
    };

    /// <summary>One message with exactly these system attributes; a null value is one that varies, compared by presence.</summary>
    private static ReceivedExpectation Received(params (string Name, string? Value)[] attributes) => new(attributes, []);

    private sealed record ReceivedExpectation((string Name, string? Value)[] Attributes, (string Name, string Value)[] Values) : Expectation
    {
        /// <summary>The same, with the named values of the answer as given too.</summary>
        public ReceivedExpectation With(params (string Name, string Value)[] values) => this with { Values = values };

        public override void Check(WireResponse response)
        {
            Assert.False(response.IsError, $"expected success, got {response}");
            Assert.Single(response.Values("MessageId"));
            var actual = response.Map("Attributes", "Attribute");
            Assert.Equal(Attributes.Select(a => a.Name).Order(), actual.Keys.Order());
            foreach (var (name, value) in Attributes)
                if (value is not null) Assert.Equal(value, actual[name]);
                else Assert.Contains(name, Varying);
            foreach (var (name, value) in Values) Assert.Equal(value, response.Value(name));
        }
    }
}
