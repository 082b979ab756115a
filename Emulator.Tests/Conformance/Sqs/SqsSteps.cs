using Emulator.Tests.Conformance.Wire;
using Newtonsoft.Json.Linq;

namespace Emulator.Tests.Conformance.Sqs;

/// <summary>The set-up calls SQS cases share: queues, their ARNs, received messages and dead-letter queues.</summary>
public static class SqsSteps
{
    /// <summary>A new queue with the attributes given (string values), FIFO (<c>.fifo</c>, <c>FifoQueue=true</c>) if asked.</summary>
    public static async Task<string> Queue(WireClient sqs, object? attributes = null, bool fifo = false)
    {
        var map = attributes is null ? new JObject() : JObject.FromObject(attributes);
        if (fifo) map["FifoQueue"] = "true";
        var name = WireClient.UniqueName(suffix: fifo ? ".fifo" : "");
        return (await sqs.Ok("CreateQueue", new JObject { ["QueueName"] = name, ["Attributes"] = map })).Value("QueueUrl")!;
    }

    public static async Task<string> Arn(WireClient sqs, string queueUrl) =>
        (await sqs.Ok("GetQueueAttributes", new { QueueUrl = queueUrl, AttributeNames = new[] { "QueueArn" } })).Value("QueueArn")!;

    /// <summary>Sends one message and answers the receipt handle of its receive.</summary>
    public static async Task<string> SendAndReceive(WireClient sqs, string queueUrl, string? groupId = null)
    {
        await sqs.Ok("SendMessage", new { QueueUrl = queueUrl, MessageBody = "m", MessageGroupId = groupId });
        return (await sqs.Ok("ReceiveMessage", new { QueueUrl = queueUrl })).Value("ReceiptHandle")!;
    }

    /// <summary>Sends <paramref name="count"/> messages and answers the receipt handles of receiving them all.</summary>
    public static async Task<List<string>> ReceiptHandles(WireClient sqs, string queueUrl, int count)
    {
        for (var sent = 0; sent < count; sent += 10)
            await sqs.Ok("SendMessageBatch", new { QueueUrl = queueUrl, Entries = Entries(Math.Min(10, count - sent)) });
        var handles = new List<string>();
        while (handles.Count < count)
            handles.AddRange((await sqs.Ok("ReceiveMessage", new { QueueUrl = queueUrl, MaxNumberOfMessages = 10 })).Values("ReceiptHandle"));
        return handles;
    }

    /// <summary><paramref name="count"/> SendMessageBatch entries with the ids <c>m0</c>, <c>m1</c>, ….</summary>
    public static object[] Entries(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new { Id = $"m{i}", MessageBody = $"body-{i}" })];

    /// <summary>
    /// A dead-letter queue holding <paramref name="count"/> (at most 10) messages moved there from its source queue
    /// (<c>maxReceiveCount</c> 1), as LocalStack's <c>sqs_create_dlq_pipe</c> fixture builds it; answers its ARN.
    /// </summary>
    public static async Task<string> DeadLetterQueueWithMessages(WireClient sqs, int count)
    {
        var deadLetterArn = await Arn(sqs, await Queue(sqs));
        await DeadLetterSource(sqs, deadLetterArn, count);
        return deadLetterArn;
    }

    /// <summary>
    /// A new queue whose RedrivePolicy names <paramref name="deadLetterArn"/> (<c>maxReceiveCount</c> 1), with
    /// <paramref name="count"/> (at most 10) messages sent to it and received twice, so that they move to the dead-letter
    /// queue; answers its URL.
    /// </summary>
    public static async Task<string> DeadLetterSource(WireClient sqs, string deadLetterArn, int count)
    {
        var source = await Queue(sqs, new { RedrivePolicy = $"{{\"deadLetterTargetArn\":\"{deadLetterArn}\",\"maxReceiveCount\":1}}" });
        await sqs.Ok("SendMessageBatch", new { QueueUrl = source, Entries = Entries(count) });
        for (var receive = 0; receive < 2; receive++)
            await sqs.Ok("ReceiveMessage", new { QueueUrl = source, MaxNumberOfMessages = 10, VisibilityTimeout = 0 });
        return source;
    }
}
