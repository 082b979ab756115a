using Emulator.Sns.Publishing;
using Emulator.Sns.Subscriptions;
using Emulator.Sqs;

namespace Emulator.Sns.Delivery;

/// <summary>
/// Delivers into SQS queues in this process, through SQS's front door, before Publish returns: the JSON envelope, or
/// with raw delivery the message itself with its attributes carried over as SQS message attributes.
/// </summary>
public sealed class SqsDelivery(QueueDelivery queues)
{
    /// <summary>The sender id SQS reports for messages SNS delivers.</summary>
    public const string SnsSenderId = "AIDAIT2UOQQY3AUEKVGXU";

    /// <summary>Sends one message; false when the queue does not exist or refuses it.</summary>
    public bool Send(string queueArn, string body) => Send(queueArn, DeliveredBody.Of(body), null, null, null);

    /// <summary>
    /// Delivers a notification: raw, or as the envelope <paramref name="envelope"/> writes. The envelope is written
    /// (and signed) later, ahead on a spare core or at the first read, so that publishing never waits for it;
    /// <paramref name="envelopeSize"/> stands in for its size in the queue's limit.
    /// </summary>
    public bool Deliver(Subscription subscription, Notification notification, Func<string> envelope, int envelopeSize) =>
        subscription.Settings.RawMessageDelivery
            ? Send(subscription.Endpoint, DeliveredBody.Of(notification.MessageFor("sqs")), notification.Attributes, notification.GroupId, notification.DeduplicationId)
            : Send(subscription.Endpoint, DeliveredBody.Later(envelope, envelopeSize), null, notification.GroupId, notification.DeduplicationId);

    private bool Send(string queueArn, DeliveredBody body, Dictionary<string, Shapes.MessageAttributeValue>? attributes, string? groupId, string? deduplicationId) =>
        queues.Deliver(queueArn, new DeliveredMessage(body, SnsSenderId)
        {
            Attributes = attributes?.ToDictionary(a => a.Key, a => new DeliveredAttribute(a.Value.DataType!, a.Value.StringValue, a.Value.BinaryValue)),
            GroupId = groupId,
            DeduplicationId = deduplicationId,
        }) is null;
}
