using Emulator.Sns.Publishing;
using Emulator.Sns.Subscriptions;
using Emulator.Sqs;

namespace Emulator.Sns.Delivery;

/// <summary>
/// Delivers into SQS queues in this process, through SQS's front door, before Publish returns: the JSON envelope, or
/// with raw delivery the message itself with its attributes carried over as SQS message attributes. SNS sends on behalf
/// of the topic, which a queue's policy must allow in strict mode.
/// </summary>
public sealed class SqsDelivery(QueueDelivery queues)
{
    /// <summary>The sender id SQS reports for messages SNS delivers.</summary>
    public const string SnsSenderId = "AIDAIT2UOQQY3AUEKVGXU";

    /// <summary>Sends one message for a topic; the error when the queue does not exist or refuses it.</summary>
    public AwsError? Send(string queueArn, string body, string topicArn) => Send(queueArn, topicArn, DeliveredBody.Of(body), null, null, null);

    /// <summary>
    /// Delivers a notification: raw, or as the envelope <paramref name="envelope"/> writes. The envelope is written
    /// (and signed) later, ahead on a spare core or at the first read, so that publishing never waits for it;
    /// <paramref name="envelopeSize"/> stands in for its size in the queue's limit.
    /// </summary>
    public AwsError? Deliver(Subscription subscription, Notification notification, Func<string> envelope, int envelopeSize) =>
        subscription.Settings.RawMessageDelivery
            ? Send(subscription.Endpoint, notification.TopicArn, DeliveredBody.Of(notification.MessageFor("sqs")), notification.Attributes,
                notification.GroupId, notification.DeduplicationId)
            : Send(subscription.Endpoint, notification.TopicArn, DeliveredBody.Later(envelope, envelopeSize), null, notification.GroupId,
                notification.DeduplicationId);

    private AwsError? Send(string queueArn, string topicArn, DeliveredBody body, Dictionary<string, Shapes.MessageAttributeValue>? attributes,
        string? groupId, string? deduplicationId) =>
        queues.Deliver(queueArn, new DeliveredMessage(body, SnsSenderId)
        {
            Attributes = attributes?.ToDictionary(a => a.Key, a => new DeliveredAttribute(a.Value.DataType!, a.Value.StringValue, a.Value.BinaryValue)),
            GroupId = groupId,
            DeduplicationId = deduplicationId,
        }, ServiceCaller.SnsTopic(topicArn));
}
