using Emulator.Tests.Conformance.Wire;
using Newtonsoft.Json.Linq;

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

    /// <summary>
    /// An HTTP subscription of the topic waiting for confirmation (its endpoint is never reached), as its ARN and the
    /// token its SubscribeURL carries, read from the LocalStack-compatible token endpoint.
    /// </summary>
    public static async Task<(string Arn, string Token)> PendingHttpSubscription(this WireClient sns, string topicArn)
    {
        var arn = (await sns.Ok("Subscribe", new { TopicArn = topicArn, Protocol = "http", Endpoint = "http://127.0.0.1:9/", ReturnSubscriptionArn = true }))
            .Value("SubscriptionArn")!;
        var token = JObject.Parse(await sns.Inspect($"/_aws/sns/subscription-tokens/{arn}")).Value<string>("subscription_token")!;
        return (arn, token);
    }

    /// <summary>Opens the SubscribeURL AWS would send for the topic ARN and token: an unsigned GET.</summary>
    public static Task<WireResponse> OpenSubscribeUrl(this WireClient sns, string topicArn, string token) =>
        sns.Open($"/?Action=ConfirmSubscription&TopicArn={Uri.EscapeDataString(topicArn)}&Token={token}");
}
