using Emulator.Tests.Conformance.Wire;
using static Emulator.Tests.Conformance.Sqs.SqsSteps;

namespace Emulator.Tests.Conformance.Sqs;

/// <summary>Messages: sending, receiving (and which attributes a receive returns), deleting and visibility.</summary>
public static class SqsMessageCases
{
    private const string Recording = "sqs/test_sqs";
    private const int MaxMessageSize = 1_048_576;

    /// <summary>Three attributes whose MD5s AWS recorded for each selection of them.</summary>
    private static readonly object ThreeAttributes = new Dictionary<string, object>
    {
        ["Help.Me"] = new { DataType = "String", StringValue = "Me" },
        ["Hello"] = new { DataType = "String", StringValue = "There" },
        ["General"] = new { DataType = "String", StringValue = "Kenobi" },
    };

    public static readonly CaseList All = new()
    {
        {
            "ReceiveMessage with MaxNumberOfMessages 11 is InvalidParameterValue",
            Source.Recorded(Recording, "TestSqsProvider::test_send_receive_max_number_of_messages", "send_max_number_of_messages"),
            async sqs => await sqs.Call("ReceiveMessage", new { QueueUrl = await Queue(sqs), MaxNumberOfMessages = 11 }),
            SqsExpect.InvalidParameterValue("Value 11 for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.")
        },
        {
            "ReceiveMessage with WaitTimeSeconds 21 is InvalidParameterValue",
            Source.Recorded(Recording, "TestSqsProvider::test_send_receive_wait_time_seconds", "recieve_message_error_too_large"),
            async sqs => await sqs.Call("ReceiveMessage", new { QueueUrl = await Queue(sqs), WaitTimeSeconds = 21 }),
            SqsExpect.InvalidParameterValue("Value 21 for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if provided.")
        },
        {
            "ReceiveMessage with WaitTimeSeconds -1 is InvalidParameterValue",
            Source.Recorded(Recording, "TestSqsProvider::test_send_receive_wait_time_seconds", "recieve_message_error_too_small"),
            async sqs => await sqs.Call("ReceiveMessage", new { QueueUrl = await Queue(sqs), WaitTimeSeconds = -1 }),
            SqsExpect.InvalidParameterValue("Value -1 for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if provided.")
        },
        {
            "A message one byte over 1 MiB, attributes counted, is InvalidParameterValue",
            Source.Recorded(Recording, "TestSqsProvider::test_send_oversized_message", "send_oversized_message"),
            async sqs => await sqs.Call("SendMessage", new
            {
                QueueUrl = await Queue(sqs), MessageBody = new string('a', MaxMessageSize - "kStringx".Length + 1),
                MessageAttributes = new { k = new { DataType = "String", StringValue = "x" } },
            }),
            SqsExpect.InvalidParameterValue("One or more parameters are invalid. Reason: Message must be shorter than 1048576 bytes.")
        },
        {
            "A message over the queue's MaximumMessageSize is InvalidParameterValue, one at the limit is sent",
            Source.Recorded(Recording, "TestSqsProvider::test_send_message_with_updated_maximum_message_size", "send_oversized_message"),
            async sqs =>
            {
                var url = await Queue(sqs);
                await sqs.Ok("SetQueueAttributes", new { QueueUrl = url, Attributes = new { MaximumMessageSize = "1024" } });
                await sqs.Ok("SendMessage", new { QueueUrl = url, MessageBody = new string('a', 1024) });
                return await sqs.Call("SendMessage", new
                {
                    QueueUrl = url, MessageBody = new string('a', 1024 - "kStringx".Length + 1),
                    MessageAttributes = new { k = new { DataType = "String", StringValue = "x" } },
                });
            },
            SqsExpect.InvalidParameterValue("One or more parameters are invalid. Reason: Message must be shorter than 1024 bytes.")
        },
        {
            "An empty MessageBody is MissingParameter",
            Source.Recorded(Recording, "TestSqsProvider::test_send_empty_message", "send_empty_message"),
            async sqs => await sqs.Call("SendMessage", new { QueueUrl = await Queue(sqs), MessageBody = "" }),
            SqsExpect.MissingParameter("The request must contain the parameter MessageBody.")
        },
        {
            "A String attribute with an empty value is InvalidParameterValue",
            Source.Recorded(Recording, "TestSqsProvider::test_send_message_with_empty_string_attribute", "empty-string-attr"),
            async sqs => await sqs.Call("SendMessage", new
            {
                QueueUrl = await Queue(sqs), MessageBody = "test", MessageAttributes = new { ErrorDetails = new { StringValue = "", DataType = "String" } },
            }),
            SqsExpect.InvalidParameterValue("Message (user) attribute 'ErrorDetails' must contain a non-empty value of type 'String'.")
        },
        {
            "DelaySeconds on a FIFO queue's message is InvalidParameterValue",
            Source.Recorded(Recording, "TestSqsProvider::test_fifo_queue_send_message_with_delay_seconds_fails", "send_message"),
            async sqs => await sqs.Call("SendMessage", new
            {
                QueueUrl = await Queue(sqs, new { ContentBasedDeduplication = "true" }, fifo: true), MessageBody = "message-1", MessageGroupId = "1", DelaySeconds = 2,
            }),
            SqsExpect.InvalidParameterValue(
                "Value 2 for parameter DelaySeconds is invalid. Reason: The request include parameter that is not valid for this queue type.")
        },
        {
            "A FIFO message without a deduplication id, on a queue without content-based deduplication, is InvalidParameterValue",
            Source.Recorded(Recording, "TestSqsProvider::test_posting_to_fifo_requires_deduplicationid_group_id", "invalid-parameter-value"),
            async sqs => await sqs.Call("SendMessage", new { QueueUrl = await Queue(sqs, fifo: true), MessageBody = "m", MessageGroupId = "g" }),
            SqsExpect.InvalidParameterValue(
                "The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly")
        },
        {
            "A FIFO message without MessageGroupId is MissingParameter",
            Source.Recorded(Recording, "TestSqsProvider::test_posting_to_fifo_requires_deduplicationid_group_id", "missing-parameter"),
            async sqs => await sqs.Call("SendMessage", new { QueueUrl = await Queue(sqs, fifo: true), MessageBody = "m", MessageDeduplicationId = "d" }),
            SqsExpect.MissingParameter("The request must contain the parameter MessageGroupId.")
        },
        { "An empty MessageGroupId is InvalidParameterValue", Recorded("test_send_message_to_standard_queue_with_invalid_message_group_id[empty]"), InvalidFifoId("MessageGroupId", ""), InvalidFifoIdError("MessageGroupId", ""), WireProtocol.Json },
        { "A MessageGroupId of 129 characters is InvalidParameterValue", Recorded("test_send_message_to_standard_queue_with_invalid_message_group_id[too_long]"), InvalidFifoId("MessageGroupId", new string('a', 129)), InvalidFifoIdError("MessageGroupId", new string('a', 129)), WireProtocol.Json },
        { "A MessageGroupId with spaces is InvalidParameterValue", Recorded("test_send_message_to_standard_queue_with_invalid_message_group_id[spaces]"), InvalidFifoId("MessageGroupId", "group 123"), InvalidFifoIdError("MessageGroupId", "group 123"), WireProtocol.Json },
        { "An empty MessageDeduplicationId is InvalidParameterValue", Recorded("test_message_deduplication_id_invalid[empty]"), InvalidFifoId("MessageDeduplicationId", ""), InvalidFifoIdError("MessageDeduplicationId", ""), WireProtocol.Json },
        { "A MessageDeduplicationId of 129 characters is InvalidParameterValue", Recorded("test_message_deduplication_id_invalid[too_long]"), InvalidFifoId("MessageDeduplicationId", new string('a', 129)), InvalidFifoIdError("MessageDeduplicationId", new string('a', 129)), WireProtocol.Json },
        { "A MessageDeduplicationId with spaces is InvalidParameterValue", Recorded("test_message_deduplication_id_invalid[spaces]"), InvalidFifoId("MessageDeduplicationId", "group 123"), InvalidFifoIdError("MessageDeduplicationId", "group 123"), WireProtocol.Json },
        {
            "Deleting with a FIFO handle after its visibility timeout is InvalidParameterValue: the handle has expired",
            Source.Recorded(Recording, "TestSqsProvider::test_fifo_delete_after_visibility_timeout", "delete_after_timeout_fifo"),
            async sqs =>
            {
                var url = await Queue(sqs, new { VisibilityTimeout = "1", ContentBasedDeduplication = "true" }, fifo: true);
                var handle = await SendAndReceive(sqs, url, groupId: "1");
                await sqs.AdvanceClock(TimeSpan.FromSeconds(1));
                return await sqs.Call("DeleteMessage", new { QueueUrl = url, ReceiptHandle = handle });
            },
            SqsExpect.InvalidParameterValue("^Value \\S+ for parameter ReceiptHandle is invalid\\. Reason: The receipt handle has expired\\.$")
        },
        {
            "A FIFO handle whose visibility was extended still deletes after the original timeout",
            Source.Recorded(Recording, "TestSqsProvider::test_fifo_delete_after_visibility_timeout_extended", "delete_after_timeout_fifo_extended"),
            async sqs =>
            {
                var url = await Queue(sqs, new { VisibilityTimeout = "1", ContentBasedDeduplication = "true" }, fifo: true);
                var handle = await SendAndReceive(sqs, url, groupId: "1");
                await sqs.Ok("ChangeMessageVisibility", new { QueueUrl = url, ReceiptHandle = handle, VisibilityTimeout = 5 });
                await sqs.AdvanceClock(TimeSpan.FromSeconds(1.5));
                await sqs.Ok("DeleteMessage", new { QueueUrl = url, ReceiptHandle = handle });
                return await sqs.Call("ReceiveMessage", new { QueueUrl = url });
            },
            Expect.Success(response => Assert.Null(response.Value("MessageId")))
        },
        {
            "Deleting with a standard queue's handle after its visibility timeout deletes the message",
            Source.Recorded(Recording, "TestSqsProvider::test_delete_after_visibility_timeout", "delete_after_timeout_queue_empty"),
            async sqs =>
            {
                var url = await Queue(sqs, new { VisibilityTimeout = "1" });
                var handle = await SendAndReceive(sqs, url);
                await sqs.AdvanceClock(TimeSpan.FromSeconds(1));
                await sqs.Ok("DeleteMessage", new { QueueUrl = url, ReceiptHandle = handle });
                return await sqs.Call("ReceiveMessage", new { QueueUrl = url });
            },
            Expect.Success(response => Assert.Null(response.Value("MessageId")))
        },
        {
            "ChangeMessageVisibility with a handle whose visibility timeout has lapsed succeeds",
            Source.Recorded(Recording, "TestSqsProvider::test_change_message_visibility_after_visibility_timeout_expiration", "visibility_timeout_expired"),
            async sqs =>
            {
                var url = await Queue(sqs, new { VisibilityTimeout = "1" });
                var handle = await SendAndReceive(sqs, url);
                await sqs.AdvanceClock(TimeSpan.FromSeconds(2));
                return await sqs.Call("ChangeMessageVisibility", new { QueueUrl = url, ReceiptHandle = handle, VisibilityTimeout = 2 });
            },
            Expect.Success()
        },
        {
            "ChangeMessageVisibility with the handle of a deleted message is InvalidParameterValue",
            Source.Validated(Recording, "TestSqsProvider::test_change_visibility_on_deleted_message_raises_invalid_parameter_value"),
            async sqs =>
            {
                var url = await Queue(sqs);
                var handle = await SendAndReceive(sqs, url);
                await sqs.Ok("ChangeMessageVisibility", new { QueueUrl = url, ReceiptHandle = handle, VisibilityTimeout = 42 });
                await sqs.Ok("DeleteMessage", new { QueueUrl = url, ReceiptHandle = handle });
                return await sqs.Call("ChangeMessageVisibility", new { QueueUrl = url, ReceiptHandle = handle, VisibilityTimeout = 42 });
            },
            SqsExpect.InvalidParameterValue(
                "^Value \\S+ for parameter ReceiptHandle is invalid\\. Reason: Message does not exist or is not available for visibility timeout change\\.$")
        },
        {
            "DeleteMessage with a handle that is not one is ReceiptHandleIsInvalid",
            Source.Validated(Recording, "TestSqsProvider::test_delete_message_with_illegal_receipt_handle"),
            async sqs => await sqs.Call("DeleteMessage", new { QueueUrl = await Queue(sqs), ReceiptHandle = "garbage" }),
            Expect.Error(400, "ReceiptHandleIsInvalid", "The input receipt handle \"garbage\" is not a valid receipt handle.", jsonType: "ReceiptHandleIsInvalid")
        },
        { "MessageAttributeNames empty returns no attributes", Filter("empty_filter"), ReceiveWithAttributeNames(), NoAttributes() },
        { "MessageAttributeNames All returns every attribute", Filter("all_name"), ReceiveWithAttributeNames("All"), AttributesMd5("4c360f3fdafd970e05fae2f149d997f5") },
        { "MessageAttributeNames * returns every attribute", Filter("all_wildcard_asterisk"), ReceiveWithAttributeNames("*"), AttributesMd5("4c360f3fdafd970e05fae2f149d997f5") },
        { "MessageAttributeNames .* returns every attribute", Filter("all_wildcard"), ReceiveWithAttributeNames(".*"), AttributesMd5("4c360f3fdafd970e05fae2f149d997f5") },
        { "MessageAttributeNames that match no name exactly return none", Filter("only_non_existing_names"), ReceiveWithAttributeNames("Foo", "Help"), NoAttributes() },
        { "MessageAttributeNames return the attributes named", Filter("only_existing"), ReceiveWithAttributeNames("Hello", "General"), AttributesMd5("fca026605781cb4126a1e9044df24232") },
        { "MessageAttributeNames of which some exist return those", Filter("existing_and_non_existing"), ReceiveWithAttributeNames("Foo", "Hello"), AttributesMd5("a311262e065454b75da111d535b8dacd") },
        { "MessageAttributeNames Hel.* returns the attributes whose names start with Hel", Filter("prefix_filter"), ReceiveWithAttributeNames("Hel.*"), AttributesMd5("83fee93c1bcd8b9a5a923ffacdc636c7") },
        { "MessageAttributeNames AWS. is no error and returns none", Filter("illegal_name_1"), ReceiveWithAttributeNames("AWS."), NoAttributes() },
        { "MessageAttributeNames ..foo is no error and returns none", Filter("illegal_name_2"), ReceiveWithAttributeNames("..foo"), NoAttributes() },
        {
            "AttributeNames All returns the system attributes of a standard message",
            Source.Recorded(Recording, "TestSqsProvider::test_receive_message_attribute_names_filters", "all_attributes"),
            ReceiveWithSystemNames(new { AttributeNames = new[] { "All" } }),
            SystemAttributes("SenderId", "SentTimestamp", "ApproximateReceiveCount", "ApproximateFirstReceiveTimestamp")
        },
        {
            "AttributeNames SenderId and SequenceNumber return SenderId alone on a standard queue",
            Source.Recorded(Recording, "TestSqsProvider::test_receive_message_attribute_names_filters", "multiple_attributes"),
            ReceiveWithSystemNames(new { AttributeNames = new[] { "SenderId", "SequenceNumber" } }),
            SystemAttributes("SenderId")
        },
        {
            "MessageSystemAttributeNames SenderId returns SenderId alone",
            Source.Recorded(Recording, "TestSqsProvider::test_receive_message_message_system_attribute_names_filters", "single_attribute"),
            ReceiveWithSystemNames(new { MessageSystemAttributeNames = new[] { "SenderId" } }),
            SystemAttributes("SenderId")
        },
        {
            "MessageSystemAttributeNames All returns the system attributes of a standard message",
            Source.Recorded(Recording, "TestSqsProvider::test_receive_message_message_system_attribute_names_filters", "all_attributes"),
            ReceiveWithSystemNames(new { MessageSystemAttributeNames = new[] { "All" } }),
            SystemAttributes("SenderId", "SentTimestamp", "ApproximateReceiveCount", "ApproximateFirstReceiveTimestamp")
        },
        {
            "MessageSystemAttributeNames SenderId and SequenceNumber return SenderId alone on a standard queue",
            Source.Recorded(Recording, "TestSqsProvider::test_receive_message_message_system_attribute_names_filters", "multiple_attributes"),
            ReceiveWithSystemNames(new { MessageSystemAttributeNames = new[] { "SenderId", "SequenceNumber" } }),
            SystemAttributes("SenderId")
        },
        {
            "MessageSystemAttributeNames All with AttributeNames All returns every system attribute once",
            Source.Recorded(Recording, "TestSqsProvider::test_message_system_attribute_names_with_attribute_names", "same_values"),
            ReceiveWithSystemNames(new { MessageSystemAttributeNames = new[] { "All" }, AttributeNames = new[] { "All" } }),
            SystemAttributes("SenderId", "SentTimestamp", "ApproximateReceiveCount", "ApproximateFirstReceiveTimestamp")
        },
        {
            "SendMessage answers the MD5s of the body and of the attributes",
            Source.Recorded(Recording, "TestSqsProvider::test_receive_message_message_attribute_names_filters", "send_message_response"),
            async sqs => await sqs.Call("SendMessage", new { QueueUrl = await Queue(sqs), MessageBody = "msg", MessageAttributes = ThreeAttributes }),
            Expect.Success(("MD5OfMessageBody", "6e2baaf3b97dbeef01c0043275f9a0e7"), ("MD5OfMessageAttributes", "4c360f3fdafd970e05fae2f149d997f5"))
        },
        {
            "MessageSystemAttributeNames All with AttributeNames SenderId returns every system attribute",
            Source.Recorded(Recording, "TestSqsProvider::test_message_system_attribute_names_with_attribute_names", "different_values"),
            ReceiveWithSystemNames(new { MessageSystemAttributeNames = new[] { "All" }, AttributeNames = new[] { "SenderId" } }),
            SystemAttributes("SenderId", "SentTimestamp", "ApproximateReceiveCount", "ApproximateFirstReceiveTimestamp")
        },
    };

    private static string Recorded(string test) => Source.Recorded(Recording, "TestSqsProvider::" + test, "error-response");

    private static Func<WireClient, Task<WireResponse>> InvalidFifoId(string parameter, string value) => async sqs =>
    {
        // The group id is recorded on a standard queue, the deduplication id on a FIFO one.
        var fifo = parameter == "MessageDeduplicationId";
        var message = new Dictionary<string, object> { ["QueueUrl"] = await Queue(sqs, fifo: fifo), ["MessageBody"] = "m", [parameter] = value };
        if (fifo) message["MessageGroupId"] = "test";
        return await sqs.Call("SendMessage", message);
    };

    private static Expectation InvalidFifoIdError(string parameter, string value) =>
        SqsExpect.InvalidParameterValue(
            $"Value {value} for parameter {parameter} is invalid. Reason: {parameter} can only include alphanumeric and punctuation characters. 1 to 128 in length.");

    private static string Filter(string response) =>
        Source.Recorded(Recording, "TestSqsProvider::test_receive_message_message_attribute_names_filters", response);

    private static Func<WireClient, Task<WireResponse>> ReceiveWithAttributeNames(params string[] names) => async sqs =>
    {
        var url = await Queue(sqs);
        await sqs.Ok("SendMessage", new { QueueUrl = url, MessageBody = "msg", MessageAttributes = ThreeAttributes });
        return await sqs.Call("ReceiveMessage", new { QueueUrl = url, MessageAttributeNames = names });
    };

    private static Expectation AttributesMd5(string md5) => Expect.Success(("MD5OfMessageAttributes", md5));

    private static Expectation NoAttributes() => Expect.Success(response =>
    {
        Assert.NotNull(response.Value("MessageId"));
        Assert.Null(response.Value("MD5OfMessageAttributes"));
    });

    private static Func<WireClient, Task<WireResponse>> ReceiveWithSystemNames(object names) => async sqs =>
    {
        var url = await Queue(sqs);
        await sqs.Ok("SendMessage", new { QueueUrl = url, MessageBody = "msg", MessageAttributes = new { Foo = new { DataType = "String", StringValue = "Bar" } } });
        var request = Newtonsoft.Json.Linq.JObject.FromObject(names);
        request["QueueUrl"] = url;
        return await sqs.Call("ReceiveMessage", request);
    };

    private static readonly string[] SystemAttributeNames =
    [
        "SenderId", "SentTimestamp", "ApproximateReceiveCount", "ApproximateFirstReceiveTimestamp", "SequenceNumber",
        "MessageDeduplicationId", "MessageGroupId", "AWSTraceHeader", "DeadLetterQueueSourceArn",
    ];

    /// <summary>Exactly the named system attributes, and no user attributes (none were asked for).</summary>
    private static Expectation SystemAttributes(params string[] names) => Expect.Success(response =>
    {
        Assert.Equal(names.Order(), SystemAttributeNames.Where(n => response.Value(n) is not null).Order());
        Assert.Null(response.Value("MD5OfMessageAttributes"));
    });
}
