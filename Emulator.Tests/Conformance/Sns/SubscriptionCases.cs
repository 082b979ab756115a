using Emulator.Tests.Conformance.Wire;
using static Emulator.Tests.Conformance.Sns.SnsSetup;

namespace Emulator.Tests.Conformance.Sns;

/// <summary>Subscriptions: endpoints, attributes, confirmation and unsubscribing, as recorded on AWS.</summary>
internal static class SubscriptionCases
{
    /// <summary>A well-formed token (hexadecimal, as long as AWS's) that no subscription holds.</summary>
    private const string UnknownToken =
        "51b2ff3edb475b7d91550e0ab6edf0c1de2a34e6ebaf6c2262a001bcb7e051c43aa00022ceecce70bd2a67b2042da8d8eb47fef7a4e4e942d23e7fa56146b9ee35da040b4b8af564cc4184a7391c834cb75d75c22981f776ad1ce8805e9bab29da2329985337bb8095627907b46c8577c8440556b6f86582a954758026f41fc62041c4b3f67b0f5921232b5dae5aaca1";

    private static Expectation InvalidSmsEndpoint(string number) =>
        Expect.Error(400, "InvalidParameter", $"Invalid SMS endpoint: {number}");

    public static readonly CaseList All = new()
    {
        {
            "Subscribe with a protocol SNS does not have is InvalidParameter",
            Source.Recorded(Recording, "TestSNSSubscriptionCrud::test_subscribe_with_invalid_protocol", "exception"),
            async sns => await sns.Call("Subscribe", new { TopicArn = await sns.Topic(), Protocol = "test-protocol", Endpoint = "localstack@yopmail.com" }),
            Expect.Error(400, "InvalidParameter", "Invalid parameter: Amazon SNS does not support this protocol string: test-protocol")
        },
        {
            "Subscribe to a topic ARN of one element is InvalidParameter",
            Source.Recorded(Recording, "TestSNSSubscriptionCrud::test_subscribe_with_invalid_topic", "invalid-subscribe-arn-1"),
            sns => sns.Call("Subscribe", new { TopicArn = "randomstring", Protocol = "email", Endpoint = "localstack@yopmail.com" }),
            Expect.Error(400, "InvalidParameter", "Invalid parameter: TopicArn Reason: An ARN must have at least 6 elements, not 1")
        },
        {
            "Subscribe to a topic ARN of five elements is InvalidParameter",
            Source.Recorded(Recording, "TestSNSSubscriptionCrud::test_subscribe_with_invalid_topic", "invalid-subscribe-arn-2"),
            sns => sns.Call("Subscribe", new { TopicArn = "arn:aws:sns:us-east-1:random", Protocol = "email", Endpoint = "localstack@yopmail.com" }),
            Expect.Error(400, "InvalidParameter", "Invalid parameter: TopicArn Reason: An ARN must have at least 6 elements, not 5")
        },
        {
            "Subscribe to an unknown topic is NotFound",
            Source.Recorded(Recording, "TestSNSSubscriptionCrud::test_subscribe_with_invalid_topic", "non-existent-topic"),
            async sns => await sns.Call("Subscribe", new { TopicArn = $"{await sns.Topic()}aaa", Protocol = "email", Endpoint = "localstack@yopmail.com" }),
            Expect.Error(404, "NotFound", "Topic does not exist")
        },
        {
            "Subscribe of a phone number to an unknown topic is NotFound",
            Source.Recorded(Recording, "TestSNSSubscriptionCrudV2::test_subscribe_unknown_topic", "subscribe-unknown-topic"),
            sns => sns.Call("Subscribe", new
            {
                TopicArn = $"arn:aws:sns:us-east-1:000000000000:{WireClient.UniqueName("unknown")}", Protocol = "sms", Endpoint = "+1234567890",
            }),
            Expect.Error(404, "NotFound", "Topic does not exist")
        },
        {
            "Subscribe of a queue URL instead of its ARN is InvalidParameter",
            Source.Recorded(Recording, "TestSNSSubscriptionSQS::test_subscribe_to_sqs_with_queue_url", "sub-queue-url"),
            async sns =>
            {
                var (url, _) = await sns.Queue();
                return await sns.Call("Subscribe", new { TopicArn = await sns.Topic(), Protocol = "sqs", Endpoint = url });
            },
            Expect.Error(400, "InvalidParameter", "Invalid parameter: SQS endpoint ARN")
        },
        {
            "Subscribe of an SQS endpoint that is no ARN is InvalidParameter",
            Source.Recorded(Recording, "TestSNSSubscriptionCrudV2::test_subscribe_unknown_sqs_queue", "subscribe-unknown-sqs-invalid_arn"),
            async sns => await sns.Call("Subscribe", new { TopicArn = await sns.Topic(), Protocol = "sqs", Endpoint = "unknown" }),
            Expect.Error(400, "InvalidParameter", "Invalid parameter: SQS endpoint ARN")
        },
        {
            "Subscribe of a queue that does not exist succeeds",
            Source.Recorded(Recording, "TestSNSSubscriptionCrudV2::test_subscribe_unknown_sqs_queue", "subscribe-unknown-sqs"),
            async sns => await sns.Call("Subscribe", new
            {
                TopicArn = await sns.Topic(), Protocol = "sqs", Endpoint = $"arn:aws:sqs:us-east-1:000000000000:{WireClient.UniqueName("unknown")}",
            }),
            Expect.Success(response => Assert.StartsWith("arn:aws:sns:us-east-1:000000000000:topic-", response.Value("SubscriptionArn")))
        },
        {
            "Subscribe of a FIFO queue to a standard topic is InvalidParameter",
            Source.Recorded(Recording, "TestSNSSubscriptionSQSFifo::test_validations_for_fifo", "not-fifo-topic"),
            async sns =>
            {
                var (_, queueArn) = await sns.Queue(fifo: true);
                return await sns.Call("Subscribe", new { TopicArn = await sns.Topic(), Protocol = "sqs", Endpoint = queueArn });
            },
            Expect.Error(400, "InvalidParameter",
                "Invalid parameter: Invalid parameter: Endpoint Reason: FIFO SQS Queues can not be subscribed to standard SNS topics")
        },
        {
            "Subscribe of a standard queue to a FIFO topic succeeds",
            Source.Recorded(Recording, "TestSNSSubscriptionSQSFifo::test_validations_for_fifo", "not-fifo-queue"),
            async sns =>
            {
                var (_, queueArn) = await sns.Queue();
                return await sns.Call("Subscribe", new { TopicArn = await sns.Topic(fifo: true), Protocol = "sqs", Endpoint = queueArn });
            },
            Expect.Success(response => Assert.Contains(".fifo:", response.Value("SubscriptionArn")))
        },
        {
            "Subscribe with RawMessageDelivery neither true nor false is InvalidParameter",
            Source.Recorded(Recording, "TestSNSSubscriptionCrud::test_create_subscriptions_with_attributes", "subscribe-wrong-attr"),
            async sns =>
            {
                var (_, queueArn) = await sns.Queue();
                return await sns.Call("Subscribe", new
                {
                    TopicArn = await sns.Topic(), Protocol = "sqs", Endpoint = queueArn, ReturnSubscriptionArn = true,
                    Attributes = new Dictionary<string, string>
                    {
                        ["RawMessageDelivery"] = "wrongvalue", ["FilterPolicyScope"] = "MessageBody", ["FilterPolicy"] = "",
                    },
                });
            },
            Expect.Error(400, "InvalidParameter", "Invalid parameter: Attributes Reason: RawMessageDelivery: Invalid value [wrongvalue]. Must be true or false.")
        },
        {
            "A queue subscription reads RawMessageDelivery in any case, takes an empty FilterPolicy, and is confirmed and authenticated",
            Source.Recorded(Recording, "TestSNSSubscriptionCrud::test_create_subscriptions_with_attributes", "get-attrs"),
            async sns =>
            {
                var (_, queueArn) = await sns.Queue();
                var subscription = (await sns.Ok("Subscribe", new
                {
                    TopicArn = await sns.Topic(), Protocol = "sqs", Endpoint = queueArn, ReturnSubscriptionArn = true,
                    Attributes = new Dictionary<string, string>
                    {
                        ["RawMessageDelivery"] = "TrUe", ["FilterPolicyScope"] = "MessageBody", ["FilterPolicy"] = "",
                    },
                })).Value("SubscriptionArn");
                return await sns.Call("GetSubscriptionAttributes", new { SubscriptionArn = subscription });
            },
            Expect.Success(response =>
            {
                var attributes = response.Values("key").Zip(response.Values("value")).ToDictionary(p => p.First, p => p.Second);
                Assert.Equal("true", attributes["ConfirmationWasAuthenticated"]);
                Assert.Equal("false", attributes["PendingConfirmation"]);
                Assert.Equal("true", attributes["RawMessageDelivery"]);
                Assert.False(attributes.ContainsKey("FilterPolicy"));
                Assert.False(attributes.ContainsKey("FilterPolicyScope"));
            })
        },
        {
            "GetSubscriptionAttributes of an unknown subscription is NotFound",
            Source.Recorded(Recording, "TestSNSSubscriptionCrud::test_create_subscriptions_with_attributes", "get-attrs-nonexistent-sub"),
            async sns =>
            {
                var subscription = await sns.QueueSubscription(await sns.Topic());
                return await sns.Call("GetSubscriptionAttributes", new { SubscriptionArn = subscription[..^8] + "abcdefgh" });
            },
            Expect.Error(404, "NotFound", "Subscription does not exist")
        },
        {
            "GetSubscriptionAttributes of a subscription of an unknown topic is NotFound",
            Source.Recorded(Recording, "TestSNSSubscriptionCrudV2::test_get_subscription_attributes_error_not_exists", "get-sub-attrs-nonexistent"),
            sns => sns.Call("GetSubscriptionAttributes", new { SubscriptionArn = $"arn:aws:sns:us-east-1:000000000000:nonexistent:{Guid.NewGuid()}" }),
            Expect.Error(404, "NotFound", "Subscription does not exist")
        },
        {
            "SetSubscriptionAttributes of an unsubscribed subscription is NotFound",
            Source.Recorded(Recording, "TestSNSSubscriptionCrud::test_not_found_error_on_set_subscription_attributes", "sub-not-found"),
            async sns =>
            {
                var subscription = await sns.QueueSubscription(await sns.Topic());
                await sns.Ok("Unsubscribe", new { SubscriptionArn = subscription });
                return await sns.Call("SetSubscriptionAttributes", new { SubscriptionArn = subscription, AttributeName = "RawMessageDelivery", AttributeValue = "true" });
            },
            Expect.Error(404, "NotFound", "Subscription does not exist")
        },
        {
            "Subscribe again with other attributes is InvalidParameter",
            Source.Recorded(Recording, "TestSNSSubscriptionCrud::test_subscribe_idempotency", "subscribe-diff-attributes"),
            async sns =>
            {
                var (topic, (_, queueArn)) = (await sns.Topic(), await sns.Queue());
                await sns.Ok("Subscribe", new { TopicArn = topic, Protocol = "sqs", Endpoint = queueArn, Attributes = new { RawMessageDelivery = "True" } });
                return await sns.Call("Subscribe", new
                {
                    TopicArn = topic, Protocol = "sqs", Endpoint = queueArn, Attributes = new { RawMessageDelivery = "false", FilterPolicyScope = "MessageBody" },
                });
            },
            Expect.Error(400, "InvalidParameter", "Invalid parameter: Attributes Reason: Subscription already exists with different attributes")
        },
        {
            "Subscribe again with the same attributes in another case, default ones, or none answers the subscription",
            Source.Recorded(Recording, "TestSNSSubscriptionCrud::test_subscribe_idempotency", "subscribe-idempotent"),
            async sns =>
            {
                var (topic, (_, queueArn)) = (await sns.Topic(), await sns.Queue());
                var first = (await sns.Ok("Subscribe", new
                {
                    TopicArn = topic, Protocol = "sqs", Endpoint = queueArn, ReturnSubscriptionArn = true, Attributes = new { RawMessageDelivery = "True" },
                })).Value("SubscriptionArn");
                await sns.Ok("Subscribe", new { TopicArn = topic, Protocol = "sqs", Endpoint = queueArn, Attributes = new { RawMessageDelivery = "true" } });
                await sns.Ok("Subscribe", new { TopicArn = topic, Protocol = "sqs", Endpoint = queueArn });
                await sns.Ok("Subscribe", new { TopicArn = topic, Protocol = "sqs", Endpoint = queueArn, Attributes = new { FilterPolicyScope = "MessageAttributes" } });
                var again = await sns.Call("Subscribe", new
                {
                    TopicArn = topic, Protocol = "sqs", Endpoint = queueArn, Attributes = new { RawMessageDelivery = "true", FilterPolicyScope = "MessageAttributes" },
                });
                Assert.Equal(first, again.Value("SubscriptionArn"));
                return again;
            },
            Expect.Success()
        },
        {
            "SetSubscriptionAttributes of an attribute SNS does not have is InvalidParameter",
            Source.Recorded(Recording, "TestSNSSubscriptionCrud::test_validate_set_sub_attributes", "fake-attribute"),
            async sns => await sns.Call("SetSubscriptionAttributes", new
            {
                SubscriptionArn = await sns.QueueSubscription(await sns.Topic()), AttributeName = "FakeAttribute", AttributeValue = "test-value",
            }),
            Expect.Error(400, "InvalidParameter", "Invalid parameter: AttributeName")
        },
        {
            "SetSubscriptionAttributes RawMessageDelivery neither true nor false is InvalidParameter",
            Source.Recorded(Recording, "TestSNSSubscriptionCrud::test_validate_set_sub_attributes", "raw-message-wrong-value"),
            async sns => await sns.Call("SetSubscriptionAttributes", new
            {
                SubscriptionArn = await sns.QueueSubscription(await sns.Topic()), AttributeName = "RawMessageDelivery", AttributeValue = "test-ValUe",
            }),
            Expect.Error(400, "InvalidParameter", "Invalid parameter: RawMessageDelivery: Invalid value [test-ValUe]. Must be true or false.")
        },
        {
            "SetSubscriptionAttributes RawMessageDelivery empty is InvalidParameter",
            Source.Recorded(Recording, "TestSNSSubscriptionCrud::test_validate_set_sub_attributes", "raw-message-empty-value"),
            async sns => await sns.Call("SetSubscriptionAttributes", new
            {
                SubscriptionArn = await sns.QueueSubscription(await sns.Topic()), AttributeName = "RawMessageDelivery", AttributeValue = "",
            }),
            Expect.Error(400, "InvalidParameter", "Invalid parameter: RawMessageDelivery: Invalid value []. Must be true or false.")
        },
        {
            "A RedrivePolicy whose deadLetterTargetArn is no ARN is InvalidParameter",
            Source.Recorded(Recording, "TestSNSSubscriptionCrud::test_validate_set_sub_attributes", "fake-arn-redrive-policy"),
            async sns => await sns.Call("SetSubscriptionAttributes", new
            {
                SubscriptionArn = await sns.QueueSubscription(await sns.Topic()), AttributeName = "RedrivePolicy",
                AttributeValue = """{"deadLetterTargetArn": "fake-arn"}""",
            }),
            Expect.Error(400, "InvalidParameter", "Invalid parameter: RedrivePolicy: deadLetterTargetArn is an invalid arn")
        },
        {
            "A RedrivePolicy that is not JSON is InvalidParameter with the parser's words",
            Source.Recorded(Recording, "TestSNSSubscriptionCrud::test_validate_set_sub_attributes", "invalid-json-redrive-policy"),
            async sns => await sns.Call("SetSubscriptionAttributes", new
            {
                SubscriptionArn = await sns.QueueSubscription(await sns.Topic()), AttributeName = "RedrivePolicy", AttributeValue = "{invalidjson}",
            }),
            Expect.Error(400, "InvalidParameter",
                "Invalid parameter: RedrivePolicy: failed to parse JSON. Unexpected character ('i' (code 105)): was expecting double-quote to start field name\n" +
                " at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 2]")
        },
        {
            "A FilterPolicy that is not JSON is InvalidParameter with the parser's words",
            Source.Recorded(Recording, "TestSNSSubscriptionCrud::test_validate_set_sub_attributes", "invalid-json-filter-policy"),
            async sns => await sns.Call("SetSubscriptionAttributes", new
            {
                SubscriptionArn = await sns.QueueSubscription(await sns.Topic()), AttributeName = "FilterPolicy", AttributeValue = "{invalidjson}",
            }),
            Expect.Error(400, "InvalidParameter",
                "Invalid parameter: FilterPolicy: failed to parse JSON. Unexpected character ('i' (code 105)): was expecting double-quote to start field name\n" +
                " at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 2]")
        },
        {
            "Subscribe with a FilterPolicy that is not JSON is InvalidParameter with the parser's words",
            Source.Recorded(Recording, "TestSNSSubscriptionCrudV2::test_subscribe_invalid_filter_policy", "subscribe-invalid-filter-policy"),
            async sns => await sns.Call("Subscribe", new
            {
                TopicArn = await sns.Topic(), Protocol = "email", Endpoint = "test@example.com", Attributes = new { FilterPolicy = "invalid-json" },
            }),
            Expect.Error(400, "InvalidParameter",
                "Invalid parameter: Attributes Reason: FilterPolicy: failed to parse JSON. Unrecognized token 'invalid': was expecting " +
                "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')\n" +
                " at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 8]")
        },
        {
            "A standard queue as the dead-letter queue of a FIFO topic's subscription is InvalidParameter",
            Source.Recorded(Recording, "TestSNSSubscriptionSQSFifo::test_validations_for_fifo", "regular-queue-for-dlq-of-fifo-topic"),
            async sns =>
            {
                var subscription = await sns.QueueSubscription(await sns.Topic(fifo: true), fifoQueue: true);
                var (_, queueArn) = await sns.Queue();
                return await sns.Call("SetSubscriptionAttributes", new
                {
                    SubscriptionArn = subscription, AttributeName = "RedrivePolicy", AttributeValue = $$"""{"deadLetterTargetArn": "{{queueArn}}"}""",
                });
            },
            Expect.Error(400, "InvalidParameter", "Invalid parameter: RedrivePolicy: must use a FIFO queue as DLQ for a FIFO Subscription to a FIFO Topic.")
        },
        {
            "A standard queue as the dead-letter queue of a standard queue's subscription to a FIFO topic is accepted",
            Source.Recorded(Recording, "TestSNSSubscriptionSQSFifo::test_validations_for_fifo"),
            async sns =>
            {
                var subscription = await sns.QueueSubscription(await sns.Topic(fifo: true));
                var (_, queueArn) = await sns.Queue();
                return await sns.Call("SetSubscriptionAttributes", new
                {
                    SubscriptionArn = subscription, AttributeName = "RedrivePolicy", AttributeValue = $$"""{"deadLetterTargetArn": "{{queueArn}}"}""",
                });
            },
            Expect.Success()
        },
        {
            "Unsubscribe twice answers 200 both times",
            Source.Recorded(Recording, "TestSNSSubscriptionCrud::test_unsubscribe_idempotency", "unsubscribe-2"),
            async sns =>
            {
                var subscription = await sns.QueueSubscription(await sns.Topic());
                await sns.Ok("Unsubscribe", new { SubscriptionArn = subscription });
                return await sns.Call("Unsubscribe", new { SubscriptionArn = subscription });
            },
            Expect.Success()
        },
        {
            "Unsubscribe of a subscription ARN that never existed answers 200",
            Source.Recorded(Recording, "TestSNSSubscriptionCrud::test_unsubscribe_from_non_existing_subscription", "empty-unsubscribe"),
            async sns => await sns.Call("Unsubscribe", new { SubscriptionArn = $"{await sns.Topic()}:{Guid.NewGuid()}" }),
            Expect.Success()
        },
        {
            "Unsubscribe of a name that is no ARN is InvalidParameter",
            Source.Recorded(Recording, "TestSNSSubscriptionCrud::test_unsubscribe_wrong_arn_format", "invalid-unsubscribe-arn-1"),
            sns => sns.Call("Unsubscribe", new { SubscriptionArn = "randomstring" }),
            Expect.Error(400, "InvalidParameter", "Invalid parameter: SubscriptionArn Reason: An ARN must have at least 6 elements, not 1")
        },
        {
            "Unsubscribe of \"pending confirmation\" is InvalidParameter",
            Source.Recorded(Recording, "TestSNSSubscriptionCrudV2::test_unsubscribe_from_deleted_topic", "unsubscribe-deleted-topic"),
            async sns =>
            {
                var topic = await sns.Topic();
                var pending = (await sns.Ok("Subscribe", new { TopicArn = topic, Protocol = "http", Endpoint = "http://example.com/" })).Value("SubscriptionArn");
                await sns.Ok("DeleteTopic", new { TopicArn = topic });
                return await sns.Call("Unsubscribe", new { SubscriptionArn = pending });
            },
            Expect.Error(400, "InvalidParameter", "Invalid parameter: SubscriptionArn Reason: An ARN must have at least 6 elements, not 1")
        },
        {
            "Unsubscribe of an ARN of five elements is InvalidParameter",
            Source.Recorded(Recording, "TestSNSSubscriptionCrud::test_unsubscribe_wrong_arn_format", "invalid-unsubscribe-arn-2"),
            sns => sns.Call("Unsubscribe", new { SubscriptionArn = "arn:aws:sns:us-east-1:random" }),
            Expect.Error(400, "InvalidParameter", "Invalid parameter: SubscriptionArn Reason: An ARN must have at least 6 elements, not 5")
        },
        {
            "Unsubscribe of an ARN without a subscription id is InvalidParameter",
            Source.Recorded(Recording, "TestSNSSubscriptionCrud::test_unsubscribe_wrong_arn_format", "invalid-unsubscribe-arn-3"),
            sns => sns.Call("Unsubscribe", new { SubscriptionArn = "arn:aws:sns:us-east-1:111111111111:random" }),
            Expect.Error(400, "InvalidParameter", "Invalid parameter: SubscriptionId")
        },
        {
            "Unsubscribe without a SubscriptionArn is InvalidParameter",
            Source.Recorded(Recording, "TestSNSSubscriptionCrud::test_unsubscribe_wrong_arn_format", "invalid-unsubscribe-arn-4"),
            sns => sns.Call("Unsubscribe"),
            Expect.Error(400, "InvalidParameter", "Invalid parameter: SubscriptionArn Reason: no value for required parameter")
        },
        {
            "ConfirmSubscription of an unknown topic is InvalidParameter Token",
            Source.Recorded(Recording, "TestSNSSubscriptionCrud::test_sns_confirm_subscription_wrong_token", "topic-not-exists"),
            async sns => await sns.Call("ConfirmSubscription", new { TopicArn = (await sns.Topic())[..^1] + "i", Token = UnknownToken }),
            Expect.Error(400, "InvalidParameter", "Invalid parameter: Token")
        },
        {
            "ConfirmSubscription with a token that is not one is InvalidParameter Invalid token",
            Source.Recorded(Recording, "TestSNSSubscriptionCrud::test_sns_confirm_subscription_wrong_token", "invalid-token"),
            async sns => await sns.Call("ConfirmSubscription", new { TopicArn = await sns.Topic(), Token = "randomtoken" }),
            Expect.Error(400, "InvalidParameter", "Invalid token")
        },
        {
            "ConfirmSubscription with a well-formed token no subscription holds is InvalidParameter Token",
            Source.Recorded(Recording, "TestSNSSubscriptionCrud::test_sns_confirm_subscription_wrong_token", "token-not-exists"),
            async sns => await sns.Call("ConfirmSubscription", new { TopicArn = await sns.Topic(), Token = UnknownToken }),
            Expect.Error(400, "InvalidParameter", "Invalid parameter: Token")
        },
        {
            "A SubscribeURL opened with a TopicArn that is no ARN is InvalidParameter Topic",
            Source.Recorded(Recording, "TestSNSSubscriptionHttp::test_subscribe_external_http_endpoint[False]", "broken-topic-arn-confirm"),
            async sns =>
            {
                var (_, token) = await sns.PendingHttpSubscription(await sns.Topic());
                return await sns.OpenSubscribeUrl("not-an-arn", token);
            },
            Expect.Error(400, "InvalidParameter", "Invalid parameter: Topic")
        },
        {
            "A SubscribeURL opened with a token no subscription holds is InvalidParameter Token",
            Source.Recorded(Recording, "TestSNSSubscriptionHttp::test_subscribe_external_http_endpoint[False]", "broken-token-confirm"),
            async sns =>
            {
                var topic = await sns.Topic();
                await sns.PendingHttpSubscription(topic);
                return await sns.OpenSubscribeUrl(topic, "abc123");
            },
            Expect.Error(400, "InvalidParameter", "Invalid parameter: Token")
        },
        {
            "A SubscribeURL opened with the topic's ARN in another region is InvalidParameter Topic",
            Source.Recorded(Recording, "TestSNSSubscriptionHttp::test_subscribe_external_http_endpoint[False]", "different-region-arn-confirm"),
            async sns =>
            {
                var topic = await sns.Topic();
                var (_, token) = await sns.PendingHttpSubscription(topic);
                return await sns.OpenSubscribeUrl(topic.Replace(":us-east-1:", ":eu-central-1:"), token);
            },
            Expect.Error(400, "InvalidParameter", "Invalid parameter: Topic")
        },
        {
            "A SubscribeURL opened with another topic's ARN in the same region confirms the token's subscription",
            Source.Recorded(Recording, "TestSNSSubscriptionHttp::test_subscribe_external_http_endpoint[False]", "nonexistent-token-confirm"),
            async sns =>
            {
                var (arn, token) = await sns.PendingHttpSubscription(await sns.Topic());
                var response = await sns.OpenSubscribeUrl($"{await sns.Topic()}x", token);
                Assert.Equal(arn, response.Value("SubscriptionArn"));
                return response;
            },
            Expect.Success()
        },
        {
            "A SubscribeURL opened as sent confirms the subscription",
            Source.Recorded(Recording, "TestSNSSubscriptionHttp::test_subscribe_external_http_endpoint[False]", "confirm-subscribe"),
            async sns =>
            {
                var topic = await sns.Topic();
                var (arn, token) = await sns.PendingHttpSubscription(topic);
                var response = await sns.OpenSubscribeUrl(topic, token);
                Assert.Equal(arn, response.Value("SubscriptionArn"));
                return response;
            },
            Expect.Success()
        },
        {
            "A SubscribeURL of a topic outside the default region confirms it, though the GET names no region",
            Source.Doc("https://docs.aws.amazon.com/sns/latest/dg/SendMessageToHttp.confirm.html"),
            async sns =>
            {
                var elsewhere = sns.As("test", "eu-west-1");
                var topic = await elsewhere.Topic();
                var (arn, token) = await elsewhere.PendingHttpSubscription(topic);
                var response = await sns.OpenSubscribeUrl(topic, token);
                Assert.Equal(arn, response.Value("SubscriptionArn"));
                return response;
            },
            Expect.Success()
        },
        {
            "A phone number that is no number is an invalid SMS endpoint",
            Source.Recorded(Recording, "TestSNSSubscriptionCrudV2::test_subscribe_bad_sms", "subscribe-bad-sms"),
            async sns => await sns.Call("Subscribe", new { TopicArn = await sns.Topic(), Protocol = "sms", Endpoint = "invalid-number" }),
            InvalidSmsEndpoint("invalid-number")
        },
        {
            "A phone number with two hyphens in a row is an invalid SMS endpoint",
            Source.Recorded(Recording, "TestSNSSubscriptionCrudV2::test_subscribe_invalid_sms", "subscribe-bad-sms-+15--551234567"),
            async sns => await sns.Call("Subscribe", new { TopicArn = await sns.Topic(), Protocol = "sms", Endpoint = "+15--551234567" }),
            InvalidSmsEndpoint("+15--551234567")
        },
        {
            "A phone number with letters before the plus is an invalid SMS endpoint",
            Source.Recorded(Recording, "TestSNSSubscriptionCrudV2::test_subscribe_invalid_sms", "subscribe-bad-sms-NAA+15551234567"),
            async sns => await sns.Call("Subscribe", new { TopicArn = await sns.Topic(), Protocol = "sms", Endpoint = "NAA+15551234567" }),
            InvalidSmsEndpoint("NAA+15551234567")
        },
        {
            "A phone number ending in a dot is an invalid SMS endpoint",
            Source.Recorded(Recording, "TestSNSSubscriptionCrudV2::test_subscribe_invalid_sms", "subscribe-bad-sms-+15551234567."),
            async sns => await sns.Call("Subscribe", new { TopicArn = await sns.Topic(), Protocol = "sms", Endpoint = "+15551234567." }),
            InvalidSmsEndpoint("+15551234567.")
        },
        {
            "A phone number starting with a slash is an invalid SMS endpoint",
            Source.Recorded(Recording, "TestSNSSubscriptionCrudV2::test_subscribe_invalid_sms", "subscribe-bad-sms-/+15551234567"),
            async sns => await sns.Call("Subscribe", new { TopicArn = await sns.Topic(), Protocol = "sms", Endpoint = "/+15551234567" }),
            InvalidSmsEndpoint("/+15551234567")
        },
    };
}
