using Emulator.Tests.Conformance.Wire;
using static Emulator.Tests.Conformance.Sqs.SqsSteps;

namespace Emulator.Tests.Conformance.Sqs;

/// <summary>The attributes GetQueueAttributes answers for new and changed queues, and a queue's tags, as recorded.</summary>
public static class SqsQueueAttributeCases
{
    private const string Recording = "sqs/test_sqs";

    /// <summary>What AttributeNames All answers for a new standard queue, apart from its ARN and timestamps.</summary>
    private static readonly Dictionary<string, string> StandardDefaults = new()
    {
        ["ApproximateNumberOfMessages"] = "0",
        ["ApproximateNumberOfMessagesDelayed"] = "0",
        ["ApproximateNumberOfMessagesNotVisible"] = "0",
        ["DelaySeconds"] = "0",
        ["MaximumMessageSize"] = "1048576",
        ["MessageRetentionPeriod"] = "345600",
        ["ReceiveMessageWaitTimeSeconds"] = "0",
        ["SqsManagedSseEnabled"] = "true",
        ["VisibilityTimeout"] = "30",
    };

    private static readonly Dictionary<string, string> FifoDefaults = new(StandardDefaults)
    {
        ["ContentBasedDeduplication"] = "false",
        ["DeduplicationScope"] = "queue",
        ["FifoQueue"] = "true",
        ["FifoThroughputLimit"] = "perQueue",
    };

    private static readonly string[] Encryption = ["KmsMasterKeyId", "KmsDataKeyReusePeriodSeconds", "SqsManagedSseEnabled"];

    public static readonly CaseList All = new()
    {
        {
            "A new standard queue has AWS's default attributes and no others",
            Source.Recorded(Recording, "TestSqsProvider::test_set_queue_attributes_default_values", "get-queue-attributes-initial-values"),
            async sqs => await AllAttributes(sqs, await Queue(sqs)),
            Attributes(StandardDefaults)
        },
        {
            "A new queue keeps the attributes it was created with",
            Source.Recorded(Recording, "TestSqsProvider::test_create_and_update_queue_attributes", "get_queue_attributes"),
            async sqs => await AllAttributes(sqs, await Queue(sqs, new { MessageRetentionPeriod = "604800", ReceiveMessageWaitTimeSeconds = "10", VisibilityTimeout = "20" })),
            Attributes(StandardDefaults, ("MessageRetentionPeriod", "604800"), ("ReceiveMessageWaitTimeSeconds", "10"), ("VisibilityTimeout", "20"))
        },
        {
            "SetQueueAttributes changes only the attributes it names",
            Source.Recorded(Recording, "TestSqsProvider::test_create_and_update_queue_attributes", "get_updated_queue_attributes"),
            async sqs =>
            {
                var url = await Queue(sqs, new { MessageRetentionPeriod = "604800", ReceiveMessageWaitTimeSeconds = "10", VisibilityTimeout = "20" });
                await sqs.Ok("SetQueueAttributes", new { QueueUrl = url, Attributes = new { MaximumMessageSize = "2048", VisibilityTimeout = "69", DelaySeconds = "420" } });
                return await AllAttributes(sqs, url);
            },
            Attributes(StandardDefaults, ("MessageRetentionPeriod", "604800"), ("ReceiveMessageWaitTimeSeconds", "10"), ("VisibilityTimeout", "69"),
                ("MaximumMessageSize", "2048"), ("DelaySeconds", "420"))
        },
        {
            "A KMS key set on a queue is reported with its reuse period, and SQS-managed encryption off",
            Source.Recorded(Recording, "TestSqsProvider::test_set_queue_attributes_default_values", "get-queue-attributes-after-update"),
            async sqs =>
            {
                var url = await Queue(sqs);
                await sqs.Ok("SetQueueAttributes", new { QueueUrl = url, Attributes = new { KmsMasterKeyId = "testKeyId", KmsDataKeyReusePeriodSeconds = "6000" } });
                return await AllAttributes(sqs, url);
            },
            Attributes(StandardDefaults, ("KmsMasterKeyId", "testKeyId"), ("KmsDataKeyReusePeriodSeconds", "6000"), ("SqsManagedSseEnabled", "false"))
        },
        {
            "The encryption attributes asked for by name of a queue with a KMS key",
            Source.Recorded(Recording, "TestSqsProvider::test_sse_queue_attributes", "sse_kms_attributes"),
            async sqs =>
            {
                var url = await Queue(sqs);
                await sqs.Ok("SetQueueAttributes", new
                {
                    QueueUrl = url, Attributes = new { KmsMasterKeyId = "testKeyId", KmsDataKeyReusePeriodSeconds = "6000", SqsManagedSseEnabled = "false" },
                });
                return await sqs.Call("GetQueueAttributes", new { QueueUrl = url, AttributeNames = Encryption });
            },
            Exactly(("KmsDataKeyReusePeriodSeconds", "6000"), ("KmsMasterKeyId", "testKeyId"), ("SqsManagedSseEnabled", "false"))
        },
        {
            "The encryption attributes asked for by name of a queue with SQS-managed encryption",
            Source.Recorded(Recording, "TestSqsProvider::test_sse_queue_attributes", "sse_sqs_attributes"),
            async sqs =>
            {
                var url = await Queue(sqs);
                await sqs.Ok("SetQueueAttributes", new { QueueUrl = url, Attributes = new { SqsManagedSseEnabled = "true" } });
                return await sqs.Call("GetQueueAttributes", new { QueueUrl = url, AttributeNames = Encryption });
            },
            Exactly(("SqsManagedSseEnabled", "true"))
        },
        {
            "A new FIFO queue has AWS's default attributes and no others",
            Source.Recorded(Recording, "TestSqsProvider::test_fifo_set_content_based_deduplication_strategy", "before-update"),
            async sqs => await AllAttributes(sqs, await Queue(sqs, new { SqsManagedSseEnabled = "true", ContentBasedDeduplication = "true" }, fifo: true)),
            Attributes(FifoDefaults, ("ContentBasedDeduplication", "true"))
        },
        {
            "SetQueueAttributes turns a FIFO queue's content-based deduplication off",
            Source.Recorded(Recording, "TestSqsProvider::test_fifo_set_content_based_deduplication_strategy", "after-update"),
            async sqs =>
            {
                var url = await Queue(sqs, new { SqsManagedSseEnabled = "true", ContentBasedDeduplication = "true" }, fifo: true);
                await sqs.Ok("SetQueueAttributes", new { QueueUrl = url, Attributes = new { ContentBasedDeduplication = "false" } });
                return await AllAttributes(sqs, url);
            },
            Attributes(FifoDefaults)
        },
        {
            "SetQueueAttributes switches a FIFO queue to deduplication and throughput per message group",
            Source.Recorded(Recording, "TestSqsProvider::test_fifo_change_to_high_throughput_after_creation", "set-to-high-throughput"),
            async sqs =>
            {
                var url = await Queue(sqs, new { ContentBasedDeduplication = "False", DeduplicationScope = "queue" }, fifo: true);
                await sqs.Ok("SetQueueAttributes", new { QueueUrl = url, Attributes = new { DeduplicationScope = "messageGroup", FifoThroughputLimit = "perMessageGroupId" } });
                return await AllAttributes(sqs, url);
            },
            Attributes(FifoDefaults, ("DeduplicationScope", "messageGroup"), ("FifoThroughputLimit", "perMessageGroupId"))
        },
        {
            "SetQueueAttributes switches a FIFO queue back to deduplication and throughput per queue",
            Source.Recorded(Recording, "TestSqsProvider::test_fifo_change_to_regular_throughput_after_creation", "set-to-regular-throughput"),
            async sqs =>
            {
                var url = await Queue(sqs, SqsFifoCases.GroupScope, fifo: true);
                await sqs.Ok("SetQueueAttributes", new { QueueUrl = url, Attributes = new { DeduplicationScope = "queue", FifoThroughputLimit = "perQueue" } });
                return await AllAttributes(sqs, url);
            },
            Attributes(FifoDefaults)
        },
        {
            "ListQueueTags answers every tag, one with an empty value too",
            Source.Recorded(Recording, "TestSqsProvider::test_tag_untag_queue", "get-tag-1"),
            async sqs => await sqs.Call("ListQueueTags", new { QueueUrl = await Tagged(sqs) }),
            Tags(("tag1", "value1"), ("tag2", "value2"), ("tag3", ""))
        },
        {
            "UntagQueue removes the tags it names",
            Source.Recorded(Recording, "TestSqsProvider::test_tag_untag_queue", "get-tag-2"),
            async sqs =>
            {
                var url = await Tagged(sqs);
                await sqs.Ok("UntagQueue", new { QueueUrl = url, TagKeys = new[] { "tag1", "tag3" } });
                return await sqs.Call("ListQueueTags", new { QueueUrl = url });
            },
            Tags(("tag2", "value2"))
        },
        {
            "ListQueueTags of a queue without tags answers no Tags",
            Source.Recorded(Recording, "TestSqsProvider::test_tag_untag_queue", "get-tag-after-untag"),
            async sqs =>
            {
                var url = await Tagged(sqs);
                await sqs.Ok("UntagQueue", new { QueueUrl = url, TagKeys = new[] { "tag1", "tag2", "tag3" } });
                return await sqs.Call("ListQueueTags", new { QueueUrl = url });
            },
            Expect.Success(response => Assert.Null(response.Value("Tags") ?? response.Value("Tag")))
        },
    };

    private static Task<WireResponse> AllAttributes(WireClient sqs, string url) =>
        sqs.Call("GetQueueAttributes", new { QueueUrl = url, AttributeNames = new[] { "All" } });

    private static async Task<string> Tagged(WireClient sqs)
    {
        var url = await Queue(sqs);
        await sqs.Ok("TagQueue", new { QueueUrl = url, Tags = new { tag1 = "value1", tag2 = "value2", tag3 = "" } });
        return url;
    }

    /// <summary>
    /// Exactly <paramref name="defaults"/> with <paramref name="changed"/> over them, plus the queue's ARN and its two
    /// timestamps (whose values are not compared).
    /// </summary>
    private static Expectation Attributes(IReadOnlyDictionary<string, string> defaults, params (string Name, string Value)[] changed) =>
        Expect.Success(response =>
        {
            var expected = new SortedDictionary<string, string>(defaults.ToDictionary());
            foreach (var (name, value) in changed) expected[name] = value;
            var actual = new SortedDictionary<string, string>(response.Map("Attributes", "Attribute").ToDictionary());
            foreach (var varying in new[] { "QueueArn", "CreatedTimestamp", "LastModifiedTimestamp" })
                Assert.True(actual.Remove(varying), $"no {varying}");
            Assert.Equal(expected, actual);
        });

    private static Expectation Exactly(params (string Name, string Value)[] attributes) => Map("Attributes", "Attribute", attributes);

    private static Expectation Tags(params (string Key, string Value)[] tags) => Map("Tags", "Tag", tags);

    private static Expectation Map(string name, string xmlEntryName, (string Key, string Value)[] entries) => Expect.Success(response =>
        Assert.Equal(new SortedDictionary<string, string>(entries.ToDictionary(e => e.Key, e => e.Value)),
            new SortedDictionary<string, string>(response.Map(name, xmlEntryName).ToDictionary())));
}
