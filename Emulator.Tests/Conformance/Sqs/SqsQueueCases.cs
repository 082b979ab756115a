using Emulator.Tests.Conformance.Wire;
using Newtonsoft.Json.Linq;
using static Emulator.Tests.Conformance.Sqs.SqsSteps;

namespace Emulator.Tests.Conformance.Sqs;

/// <summary>Queues: creation and its name and type rules, attributes, permissions, and how a queue is addressed.</summary>
public static class SqsQueueCases
{
    private const string Recording = "sqs/test_sqs";

    public static readonly CaseList All = new()
    {
        {
            "An unknown queue URL is NonExistentQueue",
            Source.Recorded(Recording, "TestSqsProvider::test_non_existent_queue", "queue-does-not-exist, queue-does-not-exist-query"),
            sqs => sqs.Call("GetQueueAttributes", new { QueueUrl = $"http://localhost:4566/000000000000/{WireClient.UniqueName()}" }),
            Expect.Error(400, "AWS.SimpleQueueService.NonExistentQueue", "The specified queue does not exist.", jsonType: "QueueDoesNotExist",
                queryMessage: "The specified queue does not exist for this wsdl version.")
        },
        {
            "GetQueueUrl of an unknown queue is NonExistentQueue",
            Source.Recorded(Recording, "TestSqsProvider::test_non_existent_queue", "queue-does-not-exist-url"),
            sqs => sqs.Call("GetQueueUrl", new { QueueName = WireClient.UniqueName() }),
            Expect.Error(400, "AWS.SimpleQueueService.NonExistentQueue", "The specified queue does not exist.", jsonType: "QueueDoesNotExist"),
            WireProtocol.Json
        },
        {
            "Creating a FIFO queue again with another ContentBasedDeduplication is QueueAlreadyExists",
            Source.Recorded(Recording, "TestSqsProvider::test_create_fifo_queue_with_different_attributes_raises_error", "queue-already-exists"),
            async sqs =>
            {
                var name = WireClient.UniqueName(suffix: ".fifo");
                await sqs.Ok("CreateQueue", new { QueueName = name, Attributes = new { FifoQueue = "true", ContentBasedDeduplication = "true" } });
                return await sqs.Call("CreateQueue", new { QueueName = name, Attributes = new { FifoQueue = "true", ContentBasedDeduplication = "false" } });
            },
            QueueAlreadyExists("ContentBasedDeduplication")
        },
        {
            "Creating a queue again with another DelaySeconds is QueueAlreadyExists; without attributes or with equal ones it answers the URL",
            Source.Recorded(Recording, "TestSqsProvider::test_create_queue_with_different_attributes_raises_exception", "create_queue_01"),
            async sqs =>
            {
                var name = WireClient.UniqueName();
                await sqs.Ok("CreateQueue", new { QueueName = name, Attributes = new { ReceiveMessageWaitTimeSeconds = "1", DelaySeconds = "1" } });
                await sqs.Ok("CreateQueue", new { QueueName = name });
                await sqs.Ok("CreateQueue", new { QueueName = name, Attributes = new { DelaySeconds = "1" } });
                return await sqs.Call("CreateQueue", new { QueueName = name, Attributes = new { ReceiveMessageWaitTimeSeconds = "1", DelaySeconds = "2" } });
            },
            QueueAlreadyExists("DelaySeconds")
        },
        {
            "After SetQueueAttributes, creating a queue again is compared with its new attributes",
            Source.Recorded(Recording, "TestSqsProvider::test_create_queue_with_different_attributes_raises_exception", "create_queue_02"),
            async sqs =>
            {
                var name = WireClient.UniqueName();
                var url = (await sqs.Ok("CreateQueue", new { QueueName = name, Attributes = new { ReceiveMessageWaitTimeSeconds = "1", DelaySeconds = "1" } })).Value("QueueUrl");
                await sqs.Ok("SetQueueAttributes", new { QueueUrl = url, Attributes = new { DelaySeconds = "2" } });
                await sqs.Ok("CreateQueue", new { QueueName = name, Attributes = new { ReceiveMessageWaitTimeSeconds = "1", DelaySeconds = "2" } });
                return await sqs.Call("CreateQueue", new { QueueName = name, Attributes = new { ReceiveMessageWaitTimeSeconds = "1", DelaySeconds = "1" } });
            },
            QueueAlreadyExists("DelaySeconds")
        },
        {
            "FifoQueue=false on CreateQueue of a standard queue is an unknown attribute",
            Source.Recorded(Recording, "TestSqsProvider::test_create_standard_queue_with_fifo_attribute_raises_error", "invalid-attribute-fifo-queue"),
            sqs => sqs.Call("CreateQueue", new { QueueName = WireClient.UniqueName(), Attributes = new { FifoQueue = "false" } }),
            SqsExpect.InvalidAttributeName("Unknown Attribute FifoQueue.")
        },
        {
            "ContentBasedDeduplication on CreateQueue of a standard queue is an unknown attribute",
            Source.Recorded(Recording, "TestSqsProvider::test_create_standard_queue_with_fifo_attribute_raises_error", "invalid-attribute-content-based-deduplication"),
            sqs => sqs.Call("CreateQueue", new { QueueName = WireClient.UniqueName(), Attributes = new { ContentBasedDeduplication = "false" } }),
            SqsExpect.InvalidAttributeName("Unknown Attribute ContentBasedDeduplication.")
        },
        {
            "DeduplicationScope on CreateQueue of a standard queue needs FifoQueue",
            Source.Recorded(Recording, "TestSqsProvider::test_create_standard_queue_with_fifo_attribute_raises_error", "invalid-attribute-deduplication-scope"),
            sqs => sqs.Call("CreateQueue", new { QueueName = WireClient.UniqueName(), Attributes = new { DeduplicationScope = "queue" } }),
            SqsExpect.InvalidAttributeName("You can specify the DeduplicationScope only when FifoQueue is set to true.")
        },
        {
            "FifoThroughputLimit on CreateQueue of a standard queue needs FifoQueue",
            Source.Recorded(Recording, "TestSqsProvider::test_create_standard_queue_with_fifo_attribute_raises_error", "invalid-attribute-throughput-limit"),
            sqs => sqs.Call("CreateQueue", new { QueueName = WireClient.UniqueName(), Attributes = new { FifoThroughputLimit = "perQueue" } }),
            SqsExpect.InvalidAttributeName("You can specify the FifoThroughputLimit only when FifoQueue is set to true.")
        },
        {
            "FifoQueue=true on a name without .fifo is InvalidParameterValue",
            Source.Validated(Recording, "TestSqsProvider::test_fifo_queue_requires_suffix"),
            sqs => sqs.Call("CreateQueue", new { QueueName = WireClient.UniqueName(), Attributes = new { FifoQueue = "true" } }),
            // The assertion checks the code only; the message is the FIFO name rule AWS words for bad FIFO names.
            SqsExpect.InvalidParameterValue("^The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with \\.fifo suffix and be 1 to 80 in length\\.$")
        },
        {
            "A .fifo name without FifoQueue=true is InvalidParameterValue",
            Source.Validated(Recording, "TestSqsProvider::test_standard_queue_cannot_have_fifo_suffix"),
            sqs => sqs.Call("CreateQueue", new { QueueName = WireClient.UniqueName(suffix: ".fifo") }),
            SqsExpect.InvalidParameterValue("^.+$")
        },
        {
            "Boolean attributes are read whatever their case: FifoQueue and ContentBasedDeduplication \"True\"",
            Source.Recorded(Recording, "TestSqsProvider::test_fifo_delete_after_visibility_timeout", "received_sqs_message"),
            async sqs =>
            {
                var url = (await sqs.Ok("CreateQueue", new
                {
                    QueueName = WireClient.UniqueName(suffix: ".fifo"), Attributes = new { FifoQueue = "True", ContentBasedDeduplication = "True" },
                })).Value("QueueUrl");
                return await sqs.Call("GetQueueAttributes", new { QueueUrl = url, AttributeNames = new[] { "All" } });
            },
            Expect.Success(("FifoQueue", "true"), ("ContentBasedDeduplication", "true"))
        },
        {
            "SetQueueAttributes FifoQueue=true on a standard queue is an unknown attribute",
            Source.Recorded(Recording, "TestSqsProvider::test_set_unsupported_attribute_standard", "invalid-attr-name-1"),
            async sqs => await sqs.Call("SetQueueAttributes", new { QueueUrl = await Queue(sqs), Attributes = new { FifoQueue = "true" } }),
            SqsExpect.InvalidAttributeName("Unknown Attribute FifoQueue.")
        },
        {
            "SetQueueAttributes FifoQueue=false on a standard queue is an unknown attribute",
            Source.Recorded(Recording, "TestSqsProvider::test_set_unsupported_attribute_standard", "invalid-attr-name-2"),
            async sqs => await sqs.Call("SetQueueAttributes", new { QueueUrl = await Queue(sqs), Attributes = new { FifoQueue = "false" } }),
            SqsExpect.InvalidAttributeName("Unknown Attribute FifoQueue.")
        },
        {
            "SetQueueAttributes FifoQueue=false on a FIFO queue cannot change its type (true is accepted)",
            Source.Recorded(Recording, "TestSqsProvider::test_set_unsupported_attribute_fifo", "invalid-attr-name-2"),
            async sqs =>
            {
                var url = await Queue(sqs, fifo: true);
                await sqs.Ok("SetQueueAttributes", new { QueueUrl = url, Attributes = new { FifoQueue = "true" } });
                return await sqs.Call("SetQueueAttributes", new { QueueUrl = url, Attributes = new { FifoQueue = "false" } });
            },
            SqsExpect.InvalidAttributeValue("Invalid value for the parameter FifoQueue. Reason: Modifying queue type is not supported.")
        },
        {
            "A KMS key and SQS-managed encryption at once are InvalidAttributeName",
            Source.Recorded(Recording, "TestSqsProvider::test_sse_kms_and_sqs_are_mutually_exclusive", "error"),
            async sqs => await sqs.Call("SetQueueAttributes", new
            {
                QueueUrl = await Queue(sqs), Attributes = new { KmsMasterKeyId = "testKeyId", SqsManagedSseEnabled = "true" },
            }),
            SqsExpect.InvalidAttributeName(
                "You can use one type of server-side encryption (SSE) at one time. You can either enable KMS SSE or SQS SSE.")
        },
        {
            "A new queue reports SQS-managed encryption and no KMS attributes",
            Source.Recorded(Recording, "TestSqsProvider::test_set_queue_attributes_default_values", "get-queue-attributes-initial-values"),
            async sqs => await sqs.Call("GetQueueAttributes", new { QueueUrl = await Queue(sqs), AttributeNames = new[] { "All" } }),
            Expect.Success(response =>
            {
                Assert.Equal("true", response.Value("SqsManagedSseEnabled"));
                Assert.Null(response.Value("KmsMasterKeyId"));
                Assert.Null(response.Value("KmsDataKeyReusePeriodSeconds"));
            })
        },
        {
            "A KMS key set and then cleared leaves SQS-managed encryption off, and the default reuse period is not reported",
            Source.Recorded(Recording, "TestSqsProvider::test_set_queue_attributes_default_values", "get-queue-attributes-after-set-to-defaults"),
            async sqs =>
            {
                var url = await Queue(sqs);
                await sqs.Ok("SetQueueAttributes", new { QueueUrl = url, Attributes = new { KmsMasterKeyId = "testKeyId", KmsDataKeyReusePeriodSeconds = "6000" } });
                await sqs.Ok("SetQueueAttributes", new { QueueUrl = url, Attributes = new { KmsMasterKeyId = "", KmsDataKeyReusePeriodSeconds = "300" } });
                return await sqs.Call("GetQueueAttributes", new { QueueUrl = url, AttributeNames = new[] { "All" } });
            },
            Expect.Success(response =>
            {
                Assert.Equal("false", response.Value("SqsManagedSseEnabled"));
                Assert.Null(response.Value("KmsMasterKeyId"));
                Assert.Null(response.Value("KmsDataKeyReusePeriodSeconds"));
            })
        },
        {
            "A bare queue name as QueueUrl addresses the caller's queue, and an empty RedrivePolicy removes it",
            Source.Validated(Recording, "TestSqsProvider::test_set_empty_redrive_policy"),
            async sqs =>
            {
                var name = WireClient.UniqueName();
                await sqs.Ok("CreateQueue", new { QueueName = name });
                await sqs.Ok("SetQueueAttributes", new { QueueUrl = name, Attributes = new { RedrivePolicy = "" } });
                return await sqs.Call("GetQueueAttributes", new { QueueUrl = name, AttributeNames = new[] { "All" } });
            },
            Expect.Success(response =>
            {
                Assert.NotNull(response.Value("QueueArn"));
                Assert.Null(response.Value("RedrivePolicy"));
            })
        },
        {
            "AddPermission writes a 2008-10-17 policy with one statement per label, one principal as a string and several as a list",
            Source.Recorded(Recording, "TestSqsProvider::test_sqs_permission_lifecycle", "get-queue-policy-attribute, get-queue-policy-attribute-second-account-different-label"),
            async sqs =>
            {
                var url = await Queue(sqs);
                await sqs.Ok("AddPermission", new
                {
                    QueueUrl = url, Label = "crossaccountpermission", AWSAccountIds = new[] { "000000000000", "668614515564" }, Actions = new[] { "ReceiveMessage" },
                });
                await sqs.Ok("AddPermission", new
                {
                    QueueUrl = url, Label = "crossaccountpermission2", AWSAccountIds = new[] { "000000000000" }, Actions = new[] { "ReceiveMessage" },
                });
                return await sqs.Call("GetQueueAttributes", new { QueueUrl = url, AttributeNames = new[] { "Policy", "QueueArn" } });
            },
            Expect.Success(response =>
            {
                var policy = JObject.Parse(response.Value("Policy")!);
                var arn = response.Value("QueueArn");
                Assert.Equal("2008-10-17", (string?)policy["Version"]);
                Assert.StartsWith(arn + "/", (string?)policy["Id"]);
                var statements = (JArray)policy["Statement"]!;
                Assert.Equal(["crossaccountpermission", "crossaccountpermission2"], statements.Select(s => (string?)s["Sid"]));
                Assert.Equal(2, ((JArray)statements[0]["Principal"]!["AWS"]!).Count);
                Assert.Equal("arn:aws:iam::000000000000:root", (string?)statements[1]["Principal"]!["AWS"]);
                Assert.All(statements, s =>
                {
                    Assert.Equal("Allow", (string?)s["Effect"]);
                    Assert.Equal("SQS:ReceiveMessage", (string?)s["Action"]);
                    Assert.Equal(arn, (string?)s["Resource"]);
                });
            })
        },
        {
            "RemovePermission of the last label leaves no Policy",
            Source.Recorded(Recording, "TestSqsProvider::test_sqs_permission_lifecycle", "get-queue-policy-attribute-after-removal"),
            async sqs =>
            {
                var url = await Queue(sqs);
                await sqs.Ok("AddPermission", new
                {
                    QueueUrl = url, Label = "crossaccountpermission", AWSAccountIds = new[] { "000000000000" }, Actions = new[] { "ReceiveMessage" },
                });
                await sqs.Ok("RemovePermission", new { QueueUrl = url, Label = "crossaccountpermission" });
                return await sqs.Call("GetQueueAttributes", new { QueueUrl = url, AttributeNames = new[] { "Policy" } });
            },
            Expect.Success(response => Assert.Null(response.Value("Policy")))
        },
        {
            "RemovePermission of one label leaves the other label's statement",
            Source.Recorded(Recording, "TestSqsProvider::test_sqs_permission_lifecycle", "get-queue-policy-attribute-delete-first-permission"),
            async sqs =>
            {
                var url = await Queue(sqs);
                foreach (var label in new[] { "crossaccountpermission", "crossaccountpermission2" })
                    await sqs.Ok("AddPermission", new { QueueUrl = url, Label = label, AWSAccountIds = new[] { "000000000000" }, Actions = new[] { "ReceiveMessage" } });
                await sqs.Ok("RemovePermission", new { QueueUrl = url, Label = "crossaccountpermission" });
                return await sqs.Call("GetQueueAttributes", new { QueueUrl = url, AttributeNames = new[] { "Policy" } });
            },
            Expect.Success(response =>
            {
                var policy = JObject.Parse(response.Value("Policy")!);
                Assert.Equal("2008-10-17", (string?)policy["Version"]);
                Assert.Equal(["crossaccountpermission2"], ((JArray)policy["Statement"]!).Select(s => (string?)s["Sid"]));
            })
        },
        {
            "AddPermission of a label in use for other accounts is InvalidParameterValue",
            Source.Recorded(Recording, "TestSqsProvider::test_sqs_permission_lifecycle", "get-queue-policy-attribute-second-account-same-label"),
            async sqs =>
            {
                var url = await Queue(sqs);
                await sqs.Ok("AddPermission", new
                {
                    QueueUrl = url, Label = "crossaccountpermission", AWSAccountIds = new[] { "000000000000" }, Actions = new[] { "ReceiveMessage" },
                });
                return await sqs.Call("AddPermission", new
                {
                    QueueUrl = url, Label = "crossaccountpermission", AWSAccountIds = new[] { "668614515564" }, Actions = new[] { "ReceiveMessage" },
                });
            },
            SqsExpect.InvalidParameterValue("Value crossaccountpermission for parameter Label is invalid. Reason: Already exists.")
        },
        {
            "RemovePermission of an unknown label is InvalidParameterValue",
            Source.Recorded(Recording, "TestSqsProvider::test_sqs_permission_lifecycle", "get-queue-policy-attribute-delete-non-existent-label"),
            async sqs =>
            {
                var url = await Queue(sqs);
                await sqs.Ok("AddPermission", new
                {
                    QueueUrl = url, Label = "crossaccountpermission", AWSAccountIds = new[] { "000000000000" }, Actions = new[] { "ReceiveMessage" },
                });
                return await sqs.Call("RemovePermission", new { QueueUrl = url, Label = "crossaccountpermission2" });
            },
            SqsExpect.InvalidParameterValue("Value crossaccountpermission2 for parameter Label is invalid. Reason: can't find label.")
        },
    };

    private static Expectation QueueAlreadyExists(string attribute) =>
        Expect.Error(400, "QueueAlreadyExists", $"A queue already exists with the same name and a different value for attribute {attribute}",
            jsonType: "QueueNameExists");
}
