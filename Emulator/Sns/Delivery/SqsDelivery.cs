using System.Text;
using Emulator.Protocol.Errors;
using Emulator.Sns.Publishing;
using Emulator.Sns.Subscriptions;
using Emulator.Sqs.Messages;
using Emulator.Sqs.Queues;
using Emulator.Sqs.Validation;
using SqsAttribute = Emulator.Sqs.Shapes.MessageAttributeValue;

namespace Emulator.Sns.Delivery;

/// <summary>
/// Delivers into SQS queues in this process, before Publish returns: the JSON envelope, or with raw delivery the
/// message itself with its attributes carried over as SQS message attributes.
/// </summary>
public sealed class SqsDelivery(SqsStore queues)
{
    /// <summary>The sender id SQS reports for messages SNS delivers.</summary>
    public const string SnsSenderId = "AIDAIT2UOQQY3AUEKVGXU";

    /// <summary>Sends one message; false when the queue does not exist or refuses it.</summary>
    public bool Send(string queueArn, string body, Dictionary<string, Shapes.MessageAttributeValue>? snsAttributes, string? groupId, string? deduplicationId) =>
        Send(queueArn, new OutgoingBody(body, null, Encoding.UTF8.GetByteCount(body)), snsAttributes, groupId, deduplicationId);

    /// <summary>
    /// Delivers a notification: raw, or as the envelope <paramref name="envelope"/> writes. The envelope is written
    /// (and signed) when the message is first read, so that publishing never waits for it (FIFO queues, which
    /// deduplicate by content, get it at once); <paramref name="envelopeSize"/> stands in for its size in the queue's limit.
    /// </summary>
    public bool Deliver(Subscription subscription, Notification notification, Func<string> envelope, int envelopeSize) =>
        subscription.Settings.RawMessageDelivery
            ? Send(subscription.Endpoint, notification.MessageFor("sqs"), notification.Attributes, notification.GroupId, notification.DeduplicationId)
            : Send(subscription.Endpoint, new OutgoingBody("", envelope, envelopeSize), null, notification.GroupId, notification.DeduplicationId);

    private bool Send(string queueArn, OutgoingBody body, Dictionary<string, Shapes.MessageAttributeValue>? snsAttributes, string? groupId, string? deduplicationId)
    {
        if (queues.FindByArn(queueArn) is not { } queue) return false;
        var attributes = ToSqs(snsAttributes);
        if (body.Bytes + MessageContent.Utf8Size("", attributes) > queue.Settings.MaximumMessageSize) return false;
        if (queue.IsFifo && (groupId is null || deduplicationId is null)) return false;
        var outgoing = new OutgoingMessage(body.Text, attributes, MessageMd5.OfAttributes(attributes), null, SnsSenderId, null,
            groupId, queue.IsFifo ? deduplicationId : null)
        {
            DeferredBody = body.Deferred,
        };
        try
        {
            queue.Messages.Send(outgoing);
            return true;
        }
        catch (AwsError)
        {
            return false;
        }
    }

    private static Dictionary<string, SqsAttribute>? ToSqs(Dictionary<string, Shapes.MessageAttributeValue>? attributes) =>
        attributes is not { Count: > 0 }
            ? null
            : attributes.ToDictionary(a => a.Key, a => new SqsAttribute
            {
                DataType = a.Value.DataType,
                StringValue = a.Value.StringValue,
                BinaryValue = a.Value.BinaryValue,
            });

    private readonly record struct OutgoingBody(string Text, Func<string>? Deferred, int Bytes);
}
