using Emulator.Tests.Conformance.Wire;
using static Emulator.Tests.Conformance.Sns.SnsSetup;

namespace Emulator.Tests.Conformance.Sns;

/// <summary>Publish and PublishBatch: targets, sizes, message structure, FIFO rules, batch entries and message attributes, as recorded on AWS.</summary>
internal static class PublishCases
{
    private const int MaxMessageBytes = 262144;

    /// <summary>A case that sends the same message attributes with Publish, then with PublishBatch, and expects one error of both.</summary>
    private static Func<WireClient, Task<WireResponse>> PublishAndBatch(object attributes, Expectation expected) => async sns =>
    {
        var topic = await sns.Topic();
        await sns.QueueSubscription(topic);
        expected.Check(await sns.Call("Publish", new { TopicArn = topic, Message = "test message", MessageAttributes = attributes }));
        return await sns.Call("PublishBatch", new
        {
            TopicArn = topic,
            PublishBatchRequestEntries = new object[]
            {
                new { Id = "1", Message = "test-batch", MessageAttributes = attributes }, new { Id = "3", Message = "valid-batch" },
            },
        });
    };

    private static Expectation AttributeError(string message) => Expect.Error(400, "ParameterValueInvalid", message);

    private static Func<WireClient, Task<WireResponse>> BatchOf(params object[] entries) => async sns =>
        await sns.Call("PublishBatch", new { TopicArn = await sns.Topic(), PublishBatchRequestEntries = entries });

    private static Func<WireClient, Task<WireResponse>> FifoBatchOf(params object[] entries) => async sns =>
        await sns.Call("PublishBatch", new { TopicArn = await sns.Topic(fifo: true), PublishBatchRequestEntries = entries });

    public static readonly CaseList All = new()
    {
        {
            "Publish to an unknown topic is NotFound",
            Source.Recorded(Recording, "TestSNSPublishCrud::test_unknown_topic_publish", "error"),
            async sns => await sns.Call("Publish", new { TopicArn = $"{await sns.Topic()}-fake", Message = "This is a test message" }),
            Expect.Error(404, "NotFound", "Topic does not exist")
        },
        {
            "PublishBatch to an unknown topic is NotFound",
            Source.Recorded(Recording, "TestSNSSubscriptionSQS::test_publish_batch_messages_without_topic", "publish-batch-no-topic"),
            async sns => await sns.Call("PublishBatch", new
            {
                TopicArn = $"{await sns.Topic()}fake-topic",
                PublishBatchRequestEntries = new[] { new { Id = "1", Message = "Test Message with two attributes", Subject = "Subject" } },
            }),
            Expect.Error(404, "NotFound", "Topic does not exist")
        },
        {
            "Publish to a topic ARN of one element is InvalidParameter",
            Source.Recorded(Recording, "TestSNSPublishCrud::test_publish_wrong_arn_format", "invalid-topic-arn"),
            sns => sns.Call("Publish", new { TopicArn = "randomstring", Message = "Good news everyone!" }),
            Expect.Error(400, "InvalidParameter", "Invalid parameter: TopicArn Reason: An ARN must have at least 6 elements, not 1")
        },
        {
            "Publish to a topic ARN of two elements is InvalidParameter",
            Source.Recorded(Recording, "TestSNSPublishCrud::test_publish_wrong_arn_format", "invalid-topic-arn-1"),
            sns => sns.Call("Publish", new { TopicArn = "randomstring:1", Message = "Good news everyone!" }),
            Expect.Error(400, "InvalidParameter", "Invalid parameter: TopicArn Reason: An ARN must have at least 6 elements, not 2")
        },
        {
            "Publish to an empty topic ARN is InvalidParameter",
            Source.Recorded(Recording, "TestSNSPublishCrud::test_publish_wrong_arn_format", "empty-topic"),
            sns => sns.Call("Publish", new { TopicArn = "", Message = "Good news everyone!" }),
            Expect.Error(400, "InvalidParameter", "Invalid parameter: TopicArn Reason: An ARN must have at least 6 elements, not 1")
        },
        {
            "Publish to a platform endpoint that does not exist is InvalidParameter",
            Source.Recorded(Recording, "TestSNSPublishCrud::test_publish_non_existent_target", "non-existent-endpoint"),
            sns => sns.Call("Publish", new
            {
                TargetArn = "arn:aws:sns:us-east-1:000000000000:endpoint/APNS/abcdef/0f7d5971-aa8b-4bd5-b585-0826e9f93a66",
                Message = "This is a push notification",
            }),
            Expect.Error(400, "InvalidParameter", "Invalid parameter: TargetArn Reason: No endpoint found for the target arn specified")
        },
        {
            "Publish of an empty message is InvalidParameter",
            Source.Recorded(Recording, "TestSNSPublishCrud::test_empty_sns_message", "empty-msg-error"),
            async sns =>
            {
                var topic = await sns.Topic();
                await sns.QueueSubscription(topic);
                return await sns.Call("Publish", new { TopicArn = topic, Message = "" });
            },
            Expect.Error(400, "InvalidParameter", "Invalid parameter: Empty message")
        },
        {
            "Publish with an empty Subject is InvalidParameter",
            Source.Recorded(Recording, "TestSNSPublishCrud::test_publish_with_empty_subject", "response-with-empty-subject"),
            async sns => await sns.Call("Publish", new { TopicArn = await sns.Topic(), Subject = "", Message = """{"message": "test_publish"}""" }),
            Expect.Error(400, "InvalidParameter", "Invalid parameter: Subject")
        },
        {
            "Publish of more than 256 KiB is InvalidParameter, attributes counted",
            Source.Recorded(Recording, "TestSNSPublishCrud::test_publish_too_long_message", "error-with-attrs"),
            async sns =>
            {
                var topic = await sns.Topic();
                Expect.Error(400, "InvalidParameter", "Invalid parameter: Message too long")
                    .Check(await sns.Call("Publish", new { TopicArn = topic, Message = string.Concat(Enumerable.Repeat("This is a test message", 12000)) }));
                var attributes = new { attr1 = new { DataType = "Number", StringValue = "1" } };
                var fits = new string('a', MaxMessageBytes - "attr1Number1".Length);
                await sns.Ok("Publish", new { TopicArn = topic, Message = fits, MessageAttributes = attributes });
                return await sns.Call("Publish", new { TopicArn = topic, Message = fits + "a", MessageAttributes = attributes });
            },
            Expect.Error(400, "InvalidParameter", "Invalid parameter: Message too long")
        },
        {
            "PublishBatch of more than 256 KiB in all is BatchRequestTooLong, attributes counted",
            Source.Recorded(Recording, "TestSNSPublishCrud::test_publish_batch_too_long_message", "error-with-attrs"),
            async sns =>
            {
                var topic = await sns.Topic();
                var tooLong = Expect.Error(400, "BatchRequestTooLong", "The length of all the messages put together is more than the limit.");
                tooLong.Check(await sns.Call("PublishBatch", new
                {
                    TopicArn = topic,
                    PublishBatchRequestEntries = new[]
                    {
                        new { Id = "1", Message = new string('a', MaxMessageBytes / 2) }, new { Id = "2", Message = new string('b', 1 + MaxMessageBytes / 2) },
                    },
                }));
                var attributes = new { attr1 = new { DataType = "Number", StringValue = "1" } };
                var withAttributes = new string('a', MaxMessageBytes - "attr1Number1".Length);
                await sns.Ok("PublishBatch", new
                {
                    TopicArn = topic,
                    PublishBatchRequestEntries = new object[]
                    {
                        new { Id = "1", Message = withAttributes[..^1], MessageAttributes = attributes }, new { Id = "2", Message = "b" },
                    },
                });
                return await sns.Call("PublishBatch", new
                {
                    TopicArn = topic,
                    PublishBatchRequestEntries = new object[]
                    {
                        new { Id = "1", Message = withAttributes, MessageAttributes = attributes }, new { Id = "2", Message = "b" },
                    },
                });
            },
            Expect.Error(400, "BatchRequestTooLong", "The length of all the messages put together is more than the limit.")
        },
        {
            "MessageStructure json without a default entry is InvalidParameter",
            Source.Recorded(Recording, "TestSNSPublishCrud::test_message_structure_json_exc", "missing-default-key"),
            async sns => await sns.Call("Publish", new { TopicArn = await sns.Topic(), Message = """{"sqs": "Test message"}""", MessageStructure = "json" }),
            Expect.Error(400, "InvalidParameter", "Invalid parameter: Message Structure - No default entry in JSON message body")
        },
        {
            "MessageStructure json whose default entry is not a string has no default entry",
            Source.Recorded(Recording, "TestSNSPublishCrud::test_message_structure_json_exc", "key-is-not-string"),
            async sns => await sns.Call("Publish", new { TopicArn = await sns.Topic(), Message = """{"default": {"object": "test"}}""", MessageStructure = "json" }),
            Expect.Error(400, "InvalidParameter", "Invalid parameter: Message Structure - No default entry in JSON message body")
        },
        {
            "MessageStructure json in a batch entry without a default entry fails the request",
            Source.Recorded(Recording, "TestSNSSubscriptionSQS::test_publish_batch_exceptions", "no-default-key-json"),
            FifoBatchOf(new { Id = "1", Message = """{"sqs": "test sqs"}""", MessageStructure = "json" }),
            Expect.Error(400, "InvalidParameter", "Invalid parameter: Message Structure - No default entry in JSON message body")
        },
        {
            "MessageStructure json that does not parse is InvalidParameter",
            Source.Recorded(Recording, "TestSNSPublishCrud::test_message_structure_json_exc", "invalid-json"),
            async sns => await sns.Call("Publish", new
            {
                TopicArn = await sns.Topic(), Message = """{"default": "This is a default message"} }""", MessageStructure = "json",
            }),
            Expect.Error(400, "InvalidParameter", "Invalid parameter: Message Structure - JSON message body failed to parse")
        },
        {
            "MessageStructure json with a key twice is accepted",
            Source.Recorded(Recording, "TestSNSPublishCrud::test_message_structure_json_exc", "duplicate-json-keys"),
            async sns => await sns.Call("Publish", new
            {
                TopicArn = await sns.Topic(), Message = """{"default": "This is a default message", "default": "Duplicate"}""", MessageStructure = "json",
            }),
            Expect.Success(response => Assert.NotNull(response.Value("MessageId")))
        },
        {
            "Publish to a FIFO topic without MessageGroupId is InvalidParameter",
            Source.Recorded(Recording, "TestSNSSubscriptionSQSFifo::test_validations_for_fifo", "no-msg-group-id"),
            async sns => await sns.Call("Publish", new { TopicArn = await sns.Topic(fifo: true), Message = "test" }),
            Expect.Error(400, "InvalidParameter", "Invalid parameter: The MessageGroupId parameter is required for FIFO topics")
        },
        {
            "Publish to a FIFO topic without deduplication is InvalidParameter",
            Source.Recorded(Recording, "TestSNSSubscriptionSQSFifo::test_validations_for_fifo", "no-dedup-policy"),
            async sns => await sns.Call("Publish", new { TopicArn = await sns.Topic(fifo: true), Message = "test", MessageGroupId = "g1" }),
            Expect.Error(400, "InvalidParameter",
                "Invalid parameter: The topic should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly")
        },
        {
            "Publish with MessageDeduplicationId to a standard topic is InvalidParameter",
            Source.Recorded(Recording, "TestSNSSubscriptionSQSFifo::test_validations_for_fifo", "no-msg-dedup-regular-topic"),
            async sns => await sns.Call("Publish", new { TopicArn = await sns.Topic(), Message = "test", MessageDeduplicationId = "d1" }),
            Expect.Error(400, "InvalidParameter",
                "Invalid parameter: MessageDeduplicationId Reason: The request includes MessageDeduplicationId parameter that is not valid for this topic type")
        },
        {
            "PublishBatch to a FIFO topic with an entry without MessageGroupId fails the request",
            Source.Recorded(Recording, "TestSNSSubscriptionSQS::test_publish_batch_exceptions", "no-group-id"),
            FifoBatchOf(new { Id = "1", Message = "Test message without Group ID" }),
            Expect.Error(400, "InvalidParameter", "Invalid parameter: The MessageGroupId parameter is required for FIFO topics")
        },
        {
            "PublishBatch to a FIFO topic with an entry without deduplication fails the request",
            Source.Recorded(Recording, "TestSNSSubscriptionSQS::test_publish_batch_exceptions", "no-dedup-id"),
            FifoBatchOf(new { Id = "1", Message = "Test message without MessageDeduplicationId", MessageGroupId = "msg1" }),
            Expect.Error(400, "InvalidParameter",
                "Invalid parameter: The topic should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly")
        },
        {
            "PublishBatch of 11 entries is TooManyEntriesInBatchRequest",
            Source.Recorded(Recording, "TestSNSSubscriptionSQS::test_publish_batch_exceptions", "too-many-msg"),
            FifoBatchOf([.. Enumerable.Range(0, 11).Select(i => new { Id = $"Id_{i}", Message = "Too many messages" })]),
            Expect.Error(400, "TooManyEntriesInBatchRequest", "The batch request contains more entries than permissible.")
        },
        {
            "PublishBatch with an Id twice is BatchEntryIdsNotDistinct",
            Source.Recorded(Recording, "TestSNSSubscriptionSQS::test_publish_batch_exceptions", "same-msg-id"),
            FifoBatchOf(new { Id = "1", Message = "Messages with the same ID" }, new { Id = "1", Message = "Messages with the same ID" }),
            Expect.Error(400, "BatchEntryIdsNotDistinct", "Two or more batch entries in the request have the same Id.")
        },
        {
            "A batch entry Id with a dot is InvalidBatchEntryId naming it",
            Source.Recorded(Recording, "TestSNSPublishCrud::test_publish_batch_invalid_entry_id", "invalid-char-dot"),
            BatchOf(new { Id = "message.id", Message = "test message" }),
            Expect.Error(400, "InvalidBatchEntryId", "The Id of a batch entry in the batch request contains an impermissible character: message.id")
        },
        {
            "A batch entry Id with @ and # is InvalidBatchEntryId naming it",
            Source.Recorded(Recording, "TestSNSPublishCrud::test_publish_batch_invalid_entry_id", "invalid-char-special"),
            BatchOf(new { Id = "msg@123#test", Message = "test message" }),
            Expect.Error(400, "InvalidBatchEntryId", "The Id of a batch entry in the batch request contains an impermissible character: msg@123#test")
        },
        {
            "A batch entry Id of 81 characters is InvalidBatchEntryId naming it",
            Source.Recorded(Recording, "TestSNSPublishCrud::test_publish_batch_invalid_entry_id", "id-too-long-81"),
            BatchOf(new { Id = new string('a', 81), Message = "test message" }),
            Expect.Error(400, "InvalidBatchEntryId", $"The Id of a batch entry in the batch request is too long: {new string('a', 81)}")
        },
        {
            "A batch entry Id of 91 characters is InvalidBatchEntryId naming it",
            Source.Recorded(Recording, "TestSNSPublishCrud::test_publish_batch_invalid_entry_id", "id-too-long-91"),
            BatchOf(new { Id = "myreallyreallyreallyreallyreallyreallyreallyreallyreallyreallyreallyreallyreallylongid", Message = "test message" }),
            Expect.Error(400, "InvalidBatchEntryId",
                "The Id of a batch entry in the batch request is too long: myreallyreallyreallyreallyreallyreallyreallyreallyreallyreallyreallyreallyreallylongid")
        },
        {
            "A batch entry Id of 80 letters, hyphens and underscores is accepted",
            Source.Recorded(Recording, "TestSNSPublishCrud::test_publish_batch_invalid_entry_id", "valid-id-80-chars"),
            BatchOf(new { Id = "valid-message_123".PadRight(80, 'a'), Message = "test message" }),
            Expect.Success(response => Assert.Equal("valid-message_123".PadRight(80, 'a'), response.Value("Id")))
        },
        {
            "An empty String message attribute is ParameterValueInvalid",
            Source.Recorded(Recording, "TestSNSSubscriptionSQS::test_empty_or_wrong_message_attributes", "missing_string_attr, batch-missing_string_attr"),
            PublishAndBatch(new { attr1 = new { DataType = "String", StringValue = "" } },
                AttributeError("The message attribute 'attr1' must contain non-empty message attribute value for message attribute type 'String'.")),
            AttributeError("The message attribute 'attr1' must contain non-empty message attribute value for message attribute type 'String'.")
        },
        {
            "A String message attribute without a value is ParameterValueInvalid",
            Source.Recorded(Recording, "TestSNSSubscriptionSQS::test_empty_or_wrong_message_attributes", "fully_missing_string_attr, batch-fully_missing_string_attr"),
            PublishAndBatch(new { attr1 = new { DataType = "String" } },
                AttributeError("The message attribute 'attr1' must contain non-empty message attribute value for message attribute type 'String'.")),
            AttributeError("The message attribute 'attr1' must contain non-empty message attribute value for message attribute type 'String'.")
        },
        {
            "A message attribute without DataType is ValidationError",
            Source.Recorded(Recording, "TestSNSSubscriptionSQS::test_empty_or_wrong_message_attributes", "fully_missing_data_type"),
            async sns => await sns.Call("Publish", new
            {
                TopicArn = await sns.Topic(), Message = "test message", MessageAttributes = new { attr1 = new { StringValue = "value" } },
            }),
            Expect.Error(400, "ValidationError",
                "1 validation error detected: Value null at 'messageAttributes.attr1.member.dataType' failed to satisfy constraint: Member must not be null")
        },
        {
            "A batch entry's message attribute without DataType is ValidationError",
            Source.Recorded(Recording, "TestSNSSubscriptionSQS::test_empty_or_wrong_message_attributes", "batch-fully_missing_data_type"),
            BatchOf(new { Id = "1", Message = "test-batch", MessageAttributes = new { attr1 = new { StringValue = "value" } } }, new { Id = "3", Message = "valid-batch" }),
            Expect.Error(400, "ValidationError",
                "1 validation error detected: Value null at 'publishBatchRequestEntries.1.member.messageAttributes.attr1.member.dataType' failed to satisfy constraint: Member must not be null")
        },
        {
            "An empty Binary message attribute is ParameterValueInvalid",
            Source.Recorded(Recording, "TestSNSSubscriptionSQS::test_empty_or_wrong_message_attributes", "missing_binary_attr, batch-missing_binary_attr"),
            PublishAndBatch(new { attr1 = new { DataType = "Binary", BinaryValue = "" } },
                AttributeError("The message attribute 'attr1' must contain non-empty message attribute value for message attribute type 'Binary'.")),
            AttributeError("The message attribute 'attr1' must contain non-empty message attribute value for message attribute type 'Binary'.")
        },
        {
            "A String message attribute with a binary value is ParameterValueInvalid",
            Source.Recorded(Recording, "TestSNSSubscriptionSQS::test_empty_or_wrong_message_attributes", "str_attr_binary_value, batch-str_attr_binary_value"),
            PublishAndBatch(new { attr1 = new { DataType = "String", BinaryValue = "MTIz" } },
                AttributeError("The message attribute 'attr1' with type 'String' must use field 'String'.")),
            AttributeError("The message attribute 'attr1' with type 'String' must use field 'String'.")
        },
        {
            "A Number message attribute with a binary value is ParameterValueInvalid",
            Source.Recorded(Recording, "TestSNSSubscriptionSQS::test_empty_or_wrong_message_attributes", "int_attr_binary_value, batch-int_attr_binary_value"),
            PublishAndBatch(new { attr1 = new { DataType = "Number", BinaryValue = "MTIz" } },
                AttributeError("The message attribute 'attr1' with type 'Number' must use field 'String'.")),
            AttributeError("The message attribute 'attr1' with type 'Number' must use field 'String'.")
        },
        {
            "A Binary message attribute with a string value is ParameterValueInvalid",
            Source.Recorded(Recording, "TestSNSSubscriptionSQS::test_empty_or_wrong_message_attributes", "binary_attr_string_value, batch-binary_attr_string_value"),
            PublishAndBatch(new { attr1 = new { DataType = "Binary", StringValue = "123" } },
                AttributeError("The message attribute 'attr1' with type 'Binary' must use field 'Binary'.")),
            AttributeError("The message attribute 'attr1' with type 'Binary' must use field 'Binary'.")
        },
        {
            "A message attribute of an unknown type is ParameterValueInvalid",
            Source.Recorded(Recording, "TestSNSSubscriptionSQS::test_empty_or_wrong_message_attributes", "invalid_attr_string_value, batch-invalid_attr_string_value"),
            PublishAndBatch(new { attr1 = new { DataType = "InvalidType", StringValue = "123" } },
                AttributeError("The message attribute 'attr1' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String.")),
            AttributeError("The message attribute 'attr1' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String.")
        },
        {
            "A message attribute type String. or Stringprefixed is ParameterValueInvalid; String.prefixed is accepted",
            Source.Recorded(Recording, "TestSNSSubscriptionSQS::test_message_attributes_prefixes", "publish-error, publish-error-2, publish-ok-1, publish-ok-2"),
            async sns =>
            {
                var topic = await sns.Topic();
                await sns.QueueSubscription(topic);
                await sns.Ok("Publish", new { TopicArn = topic, Message = "m", MessageAttributes = new { attr1 = new { DataType = "String.prefixed", StringValue = "prefixed-1" } } });
                await sns.Ok("Publish", new { TopicArn = topic, Message = "m", MessageAttributes = new { attr1 = new { DataType = "String.  prefixed.", StringValue = "prefixed-1" } } });
                AttributeError("The message attribute 'attr1' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String.")
                    .Check(await sns.Call("Publish", new { TopicArn = topic, Message = "m", MessageAttributes = new { attr1 = new { DataType = "String.", StringValue = "prefixed-1" } } }));
                return await sns.Call("Publish", new { TopicArn = topic, Message = "m", MessageAttributes = new { attr1 = new { DataType = "Stringprefixed", StringValue = "prefixed-1" } } });
            },
            AttributeError("The message attribute 'attr1' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String.")
        },
        {
            "A message attribute name of 257 bytes is ParameterValueInvalid",
            Source.Recorded(Recording, "TestSNSSubscriptionSQS::test_empty_or_wrong_message_attributes", "too_long_name, batch-too_long_name"),
            PublishAndBatch(new Dictionary<string, object> { [new string('a', 257)] = new { DataType = "String", StringValue = "123" } },
                AttributeError("Length of message attribute name must be less than 256 bytes.")),
            AttributeError("Length of message attribute name must be less than 256 bytes.")
        },
        {
            "A message attribute name with ^ is ParameterValueInvalid naming the character",
            Source.Recorded(Recording, "TestSNSSubscriptionSQS::test_empty_or_wrong_message_attributes", "invalid_name, batch-invalid_name"),
            PublishAndBatch(new Dictionary<string, object> { ["a^*?"] = new { DataType = "String", StringValue = "123" } },
                AttributeError("Invalid non-alphanumeric character '#x5E' was found in the message attribute name. Can only include alphanumeric characters, hyphens, underscores, or dots.")),
            AttributeError("Invalid non-alphanumeric character '#x5E' was found in the message attribute name. Can only include alphanumeric characters, hyphens, underscores, or dots.")
        },
        {
            "A message attribute name starting with a dot is ParameterValueInvalid",
            Source.Recorded(Recording, "TestSNSSubscriptionSQS::test_empty_or_wrong_message_attributes", "invalid_name_2, batch-invalid_name_2"),
            PublishAndBatch(new Dictionary<string, object> { [".abc"] = new { DataType = "String", StringValue = "123" } },
                AttributeError("Invalid message attribute name starting with character '.' was found.")),
            AttributeError("Invalid message attribute name starting with character '.' was found.")
        },
        {
            "A message attribute name ending with a dot is ParameterValueInvalid",
            Source.Recorded(Recording, "TestSNSSubscriptionSQS::test_empty_or_wrong_message_attributes", "invalid_name_3, batch-invalid_name_3"),
            PublishAndBatch(new Dictionary<string, object> { ["abc."] = new { DataType = "String", StringValue = "123" } },
                AttributeError("Invalid message attribute name ending with character '.' was found.")),
            AttributeError("Invalid message attribute name ending with character '.' was found.")
        },
        {
            "A message attribute name with two dots in a row is ParameterValueInvalid",
            Source.Recorded(Recording, "TestSNSSubscriptionSQS::test_empty_or_wrong_message_attributes", "invalid_name_4, batch-invalid_name_4"),
            PublishAndBatch(new Dictionary<string, object> { ["a..bc"] = new { DataType = "String", StringValue = "123" } },
                AttributeError("Message attribute name can not have successive '.' character.")),
            AttributeError("Message attribute name can not have successive '.' character.")
        },
    };
}
