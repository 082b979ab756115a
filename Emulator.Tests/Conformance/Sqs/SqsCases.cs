using Emulator.Tests.Conformance.Wire;

namespace Emulator.Tests.Conformance.Sqs;

/// <summary>SQS's answers as recorded on AWS or documented, over both of its protocols.</summary>
public static class SqsCases
{
    private const string Recording = "sqs/test_sqs";

    public static readonly CaseList All = new()
    {
        {
            "An unknown queue URL is NonExistentQueue",
            Source.Recorded(Recording, "TestSqsProvider::test_non_existent_queue", "queue-does-not-exist-url"),
            sqs => sqs.Call("GetQueueAttributes", new { QueueUrl = $"http://localhost:4566/000000000000/{WireClient.UniqueName()}" }),
            Expect.Error(400, "AWS.SimpleQueueService.NonExistentQueue", "The specified queue does not exist.", jsonType: "QueueDoesNotExist",
                queryMessage: "The specified queue does not exist for this wsdl version.")
        },
        {
            "ReceiveMessage with MaxNumberOfMessages 11 is InvalidParameterValue",
            Source.Recorded(Recording, "TestSqsProvider::test_send_receive_max_number_of_messages[sqs]", "send_max_number_of_messages"),
            async sqs =>
            {
                var queue = (await sqs.Ok("CreateQueue", new { QueueName = WireClient.UniqueName() })).Value("QueueUrl");
                return await sqs.Call("ReceiveMessage", new { QueueUrl = queue, MaxNumberOfMessages = 11 });
            },
            Expect.Error(400, "InvalidParameterValue",
                "Value 11 for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.",
                jsonType: "InvalidParameterValueException")
        },
    };
}
