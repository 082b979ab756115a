using Emulator.Tests.Conformance.Wire;
using static Emulator.Tests.Conformance.Sns.SnsSetup;

namespace Emulator.Tests.Conformance.Sns;

/// <summary>Topics: names, attributes, tags, permissions and ARNs, as recorded on AWS.</summary>
internal static class TopicCases
{
    private const string OtherRegion = "eu-west-1";

    private static readonly Expectation TopicName = Expect.Error(400, "InvalidParameter", "Invalid parameter: Topic Name");
    private static readonly Expectation TopicArn = Expect.Error(400, "InvalidParameter", "Invalid parameter: TopicArn");

    public static readonly CaseList All = new()
    {
        {
            "GetTopicAttributes of an unknown topic is NotFound",
            Source.Recorded(Recording, "TestSNSTopicCrud::test_create_topic_with_attributes", "get-attrs-nonexistent-topic"),
            sns => sns.Call("GetTopicAttributes", new { TopicArn = $"arn:aws:sns:us-east-1:000000000000:{WireClient.UniqueName()}" }),
            Expect.Error(404, "NotFound", "Topic does not exist")
        },
        {
            "GetTopicAttributes of a deleted topic is NotFound",
            Source.Recorded(Recording, "TestSNSTopicCrud::test_create_topic_test_arn", "topic-not-exists"),
            async sns =>
            {
                var topic = await sns.Topic();
                await sns.Ok("DeleteTopic", new { TopicArn = topic });
                return await sns.Call("GetTopicAttributes", new { TopicArn = topic });
            },
            Expect.Error(404, "NotFound", "Topic does not exist")
        },
        {
            "GetTopicAttributes of a name that is no ARN is InvalidParameter",
            Source.Recorded(Recording, "TestSNSTopicCrud::test_create_topic_with_attributes", "get-attrs-malformed-topic"),
            sns => sns.Call("GetTopicAttributes", new { TopicArn = "test-topic" }),
            Expect.Error(400, "InvalidParameter", "Invalid parameter: TopicArn Reason: An ARN must have at least 6 elements, not 1")
        },
        {
            "A topic name of 256 characters is accepted",
            Source.Recorded(Recording, "TestSNSTopicCrudV2::test_create_topic_name_constraints", "valid-name-max-length"),
            sns => sns.Call("CreateTopic", new { Name = WireClient.UniqueName("t").PadRight(256, 'a') }),
            Expect.Success(response => Assert.EndsWith(new string('a', 8), response.Value("TopicArn")))
        },
        {
            "An empty topic name is InvalidParameter Topic Name",
            Source.Recorded(Recording, "TestSNSTopicCrudV2::test_create_topic_name_constraints", "name-too-short"),
            sns => sns.Call("CreateTopic", new { Name = "" }),
            TopicName
        },
        {
            "A topic name of 257 characters is InvalidParameter Topic Name",
            Source.Recorded(Recording, "TestSNSTopicCrudV2::test_create_topic_name_constraints", "name-too-long"),
            sns => sns.Call("CreateTopic", new { Name = new string('a', 257) }),
            TopicName
        },
        {
            "A .fifo name without FifoTopic is InvalidParameter Topic Name",
            Source.Recorded(Recording, "TestSNSTopicCrudV2::test_create_topic_name_constraints", "name-contains-fifo"),
            sns => sns.Call("CreateTopic", new { Name = WireClient.UniqueName("t", ".fifo") }),
            TopicName
        },
        {
            "FifoTopic on a name without .fifo is InvalidParameter Topic Name",
            Source.Recorded(Recording, "TestSNSTopicCrudV2::test_create_topic_name_constraints", "fifo-name-not-contains-fifo"),
            sns => sns.Call("CreateTopic", new { Name = WireClient.UniqueName("t"), Attributes = new { FifoTopic = "true" } }),
            TopicName
        },
        {
            "A topic name with a character outside letters, digits, - and _ is InvalidParameter Topic Name",
            Source.Recorded(Recording, "TestSNSTopicCrudV2::test_create_topic_name_constraints", "name-invalid-char-0 … name-invalid-char-7"),
            async sns =>
            {
                foreach (var c in ":;!@|^%")
                {
                    var response = await sns.Call("CreateTopic", new { Name = $"bad{c}name" });
                    TopicName.Check(response);
                }
                return await sns.Call("CreateTopic", new { Name = "bad name" });
            },
            TopicName
        },
        {
            "Creating an existing topic with FifoTopic true is InvalidParameter Topic Name",
            Source.Recorded(Recording, "TestSNSTopicCrudV2::test_create_topic_different_attrs", "create-topic-new-attrs-fifo"),
            async sns =>
            {
                var name = WireClient.UniqueName("topic");
                await sns.Ok("CreateTopic", new { Name = name, Attributes = new { DisplayName = "Value1" } });
                return await sns.Call("CreateTopic", new { Name = name, Attributes = new { FifoTopic = "true" } });
            },
            TopicName
        },
        {
            "Creating an existing topic again with the same attributes, none, or FifoTopic false answers its ARN",
            Source.Recorded(Recording, "TestSNSTopicCrudV2::test_create_topic_different_attrs", "create-topic-no-attrs"),
            async sns =>
            {
                var name = WireClient.UniqueName("topic");
                await sns.Ok("CreateTopic", new { Name = name, Attributes = new { DisplayName = "Value1" } });
                await sns.Ok("CreateTopic", new { Name = name });
                await sns.Ok("CreateTopic", new { Name = name, Attributes = new { DisplayName = "Value1" } });
                return await sns.Call("CreateTopic", new { Name = name, Attributes = new { FifoTopic = "false" } });
            },
            Expect.Success(response => Assert.StartsWith("arn:aws:sns:us-east-1:000000000000:topic-", response.Value("TopicArn")))
        },
        {
            "Creating an existing topic with another DisplayName is InvalidParameter",
            Source.Recorded(Recording, "TestSNSTopicCrudV2::test_create_topic_different_attrs", "create-topic-diff-attrs"),
            async sns =>
            {
                var name = WireClient.UniqueName("topic");
                await sns.Ok("CreateTopic", new { Name = name, Attributes = new { DisplayName = "Value1" } });
                return await sns.Call("CreateTopic", new { Name = name, Attributes = new { DisplayName = "Value2" } });
            },
            Expect.Error(400, "InvalidParameter", "Invalid parameter: Attributes Reason: Topic already exists with different attributes")
        },
        {
            "Creating an existing topic with a new attribute beside a same one is InvalidParameter",
            Source.Recorded(Recording, "TestSNSTopicCrudV2::test_create_topic_different_attrs", "create-topic-new-and-same-attrs"),
            async sns =>
            {
                var name = WireClient.UniqueName("topic");
                await sns.Ok("CreateTopic", new { Name = name, Attributes = new { DisplayName = "Value1" } });
                return await sns.Call("CreateTopic", new { Name = name, Attributes = new { SignatureVersion = "2", DisplayName = "Value1" } });
            },
            Expect.Error(400, "InvalidParameter", "Invalid parameter: Attributes Reason: Topic already exists with different attributes")
        },
        {
            "Creating an existing topic with tags it does not have is InvalidParameter",
            Source.Recorded(Recording, "TestSNSTopicCrud::test_create_duplicate_topic_with_more_tags", "exception-duplicate"),
            async sns =>
            {
                var name = WireClient.UniqueName("topic");
                await sns.Ok("CreateTopic", new { Name = name });
                return await sns.Call("CreateTopic", new { Name = name, Tags = new[] { new { Key = "key1", Value = "value1" } } });
            },
            Expect.Error(400, "InvalidParameter", "Invalid parameter: Tags Reason: Topic already exists with different tags")
        },
        {
            "FifoTopic cannot be set after creation",
            Source.Recorded(Recording, "TestSNSTopicCrudV2::test_topic_get_attributes_with_fifo_false", "set-fifo-false-after-creation"),
            async sns =>
            {
                var topic = (await sns.Ok("CreateTopic", new { Name = WireClient.UniqueName("topic"), Attributes = new { FifoTopic = "false" } }))
                    .Value("TopicArn");
                return await sns.Call("SetTopicAttributes", new { TopicArn = topic, AttributeName = "FifoTopic", AttributeValue = "false" });
            },
            Expect.Error(400, "InvalidParameter", "Invalid parameter: AttributeName")
        },
        {
            "TagResource with a key twice is InvalidParameter",
            Source.Recorded(Recording, "TestSNSTopicCrud::test_tags", "duplicate-key-error"),
            async sns => await sns.Call("TagResource", new
            {
                ResourceArn = await sns.Topic(),
                Tags = new[] { new { Key = "k1", Value = "v1" }, new { Key = "k2", Value = "v2" }, new { Key = "k2", Value = "v2" } },
            }),
            Expect.Error(400, "InvalidParameter", "Invalid parameter: Duplicated keys are not allowed.")
        },
        {
            "AddPermission with a label the policy already has is InvalidParameter",
            Source.Recorded(Recording, "TestSNSTopicCrudV2::test_add_permission_errors", "duplicate-label"),
            async sns =>
            {
                var topic = await sns.Topic();
                await sns.Ok("AddPermission", new { TopicArn = topic, Label = "test", AWSAccountId = new[] { "000000000000" }, ActionName = new[] { "Publish" } });
                return await sns.Call("AddPermission",
                    new { TopicArn = topic, Label = "test", AWSAccountId = new[] { "000000000000" }, ActionName = new[] { "AddPermission" } });
            },
            Expect.Error(400, "InvalidParameter", "Invalid parameter: Statement already exists")
        },
        {
            "AddPermission of an unknown topic is NotFound",
            Source.Recorded(Recording, "TestSNSTopicCrudV2::test_add_permission_errors", "topic-not-found"),
            async sns => await sns.Call("AddPermission", new
            {
                TopicArn = $"{await sns.Topic()}-not-existing", Label = "test-2", AWSAccountId = new[] { "000000000000" },
                ActionName = new[] { "AddPermission" },
            }),
            Expect.Error(404, "NotFound", "Topic does not exist")
        },
        {
            "AddPermission with an action SNS does not have is InvalidParameter",
            Source.Recorded(Recording, "TestSNSTopicCrudV2::test_add_permission_errors", "invalid-action"),
            async sns => await sns.Call("AddPermission", new
            {
                TopicArn = await sns.Topic(), Label = "test-2", AWSAccountId = new[] { "000000000000" }, ActionName = new[] { "InvalidAction" },
            }),
            Expect.Error(400, "InvalidParameter", "Invalid parameter: Policy statement action out of service scope!")
        },
        {
            "RemovePermission of an unknown topic is NotFound",
            Source.Recorded(Recording, "TestSNSTopicCrudV2::test_remove_permission_errors", "topic-not-found"),
            async sns => await sns.Call("RemovePermission", new { TopicArn = $"{await sns.Topic()}-not-existing", Label = "test" }),
            Expect.Error(404, "NotFound", "Topic does not exist")
        },
        {
            "SetTopicAttributes of a topic in another region is InvalidParameter TopicArn",
            Source.Recorded(Recording, "TestSNSMultiRegions::test_cross_region_access", "set-topic-attrs"),
            async sns => await sns.As("test", OtherRegion)
                .Call("SetTopicAttributes", new { TopicArn = await sns.Topic(), AttributeName = "DisplayName", AttributeValue = "xenon" }),
            TopicArn
        },
        {
            "GetTopicAttributes of a topic in another region is InvalidParameter TopicArn",
            Source.Recorded(Recording, "TestSNSMultiRegions::test_cross_region_access", "get-topic-attrs"),
            async sns => await sns.As("test", OtherRegion).Call("GetTopicAttributes", new { TopicArn = await sns.Topic() }),
            TopicArn
        },
        {
            "ListSubscriptionsByTopic of a topic in another region is InvalidParameter TopicArn",
            Source.Recorded(Recording, "TestSNSMultiRegions::test_cross_region_access", "list-subs"),
            async sns => await sns.As("test", OtherRegion).Call("ListSubscriptionsByTopic", new { TopicArn = await sns.Topic() }),
            TopicArn
        },
        {
            "DeleteTopic of a topic in another region is InvalidParameter TopicArn",
            Source.Recorded(Recording, "TestSNSMultiRegions::test_cross_region_access", "delete-topic"),
            async sns => await sns.As("test", OtherRegion).Call("DeleteTopic", new { TopicArn = await sns.Topic() }),
            TopicArn
        },
        {
            "Subscribe to a topic in another region is InvalidParameter TopicArn",
            Source.Recorded(Recording, "TestSNSMultiRegions::test_cross_region_access", "cross-region-subscribe"),
            async sns => await sns.As("test", OtherRegion)
                .Call("Subscribe", new { TopicArn = await sns.Topic(), Protocol = "email", Endpoint = "devil@hell.com" }),
            TopicArn
        },
        {
            "Subscribe from the topic's region takes a queue of another region",
            Source.Recorded(Recording, "TestSNSMultiRegions::test_cross_region_delivery_sqs", "subscribe-same-region"),
            async sns =>
            {
                var (_, queueArn) = await sns.As("test", OtherRegion).Queue();
                return await sns.Call("Subscribe", new { TopicArn = await sns.Topic(), Protocol = "sqs", Endpoint = queueArn });
            },
            Expect.Success(response => Assert.StartsWith("arn:aws:sns:us-east-1:000000000000:topic-", response.Value("SubscriptionArn")))
        },
        {
            "Publish to a topic in another region is InvalidParameter TopicArn",
            Source.Recorded(Recording, "TestSNSPublishCrud::test_topic_publish_another_region", "error"),
            async sns => await sns.As("test", OtherRegion).Call("Publish", new { TopicArn = await sns.Topic(), Message = "This is a test message" }),
            TopicArn
        },
        {
            "PublishBatch to a topic in another region is InvalidParameter TopicArn",
            Source.Recorded(Recording, "TestSNSPublishCrud::test_topic_publish_another_region", "error-batch"),
            async sns => await sns.As("test", OtherRegion).Call("PublishBatch", new
            {
                TopicArn = await sns.Topic(), PublishBatchRequestEntries = new[] { new { Id = "1", Message = "This is a test message" } },
            }),
            TopicArn
        },
    };
}
