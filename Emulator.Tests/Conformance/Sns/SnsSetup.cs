using Emulator.Tests.Conformance.Wire;

namespace Emulator.Tests.Conformance.Sns;

/// <summary>The set-up calls SNS cases share: topics, queues and subscriptions that must exist before the call a case checks.</summary>
internal static class SnsSetup
{
    public const string Recording = "sns/test_sns";
    public const string FilterRecording = "sns/test_sns_filter_policy";

    /// <summary>A new topic's ARN; a FIFO topic gets a <c>.fifo</c> name and <c>FifoTopic</c>.</summary>
    public static async Task<string> Topic(this WireClient sns, bool fifo = false) =>
        (await sns.Ok("CreateTopic", fifo
            ? new { Name = WireClient.UniqueName("topic", ".fifo"), Attributes = new { FifoTopic = "true" } }
            : (object)new { Name = WireClient.UniqueName("topic") })).Value("TopicArn")!;

    /// <summary>A new queue in the same account and region, as its URL and ARN.</summary>
    public static async Task<(string Url, string Arn)> Queue(this WireClient sns, bool fifo = false)
    {
        var sqs = sns.For(ServiceWire.Sqs);
        var url = (await sqs.Ok("CreateQueue", fifo
            ? new { QueueName = WireClient.UniqueName("queue", ".fifo"), Attributes = new { FifoQueue = "true" } }
            : (object)new { QueueName = WireClient.UniqueName("queue") })).Value("QueueUrl")!;
        var arn = (await sqs.Ok("GetQueueAttributes", new { QueueUrl = url, AttributeNames = new[] { "QueueArn" } })).Value("Value")!;
        return (url, arn);
    }

    /// <summary>A confirmed subscription of a new queue to the topic, as its ARN.</summary>
    public static async Task<string> QueueSubscription(this WireClient sns, string topicArn, bool fifoQueue = false)
    {
        var (_, queueArn) = await sns.Queue(fifoQueue);
        return (await sns.Ok("Subscribe", new { TopicArn = topicArn, Protocol = "sqs", Endpoint = queueArn })).Value("SubscriptionArn")!;
    }
}
