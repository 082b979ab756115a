using System.Text;
using Emulator.Protocol.Pipeline;
using Emulator.Sns.Delivery;
using Emulator.Sns.Filtering;
using Emulator.Sns.Topics;

namespace Emulator.Sns.Publishing;

/// <summary>
/// Accepts a message for a topic and fans it out to every confirmed subscription whose filter policy matches.
/// SQS deliveries happen before this returns; HTTP/S deliveries are queued for the background workers.
/// </summary>
public sealed class Publisher(Deliveries deliveries, TimeProvider clock)
{
    /// <summary>
    /// Every check a message for the topic must pass before anything is sent. PublishBatch runs it on each entry first:
    /// on AWS one entry that fails it fails the whole request.
    /// </summary>
    public static void Check(Topic topic, PublishContent input)
    {
        PublishRules.Check(input);
        MessageStructure.Read(input.Message!, input.MessageStructure);
        PublishRules.CheckForTopic(topic, input);
    }

    public (string MessageId, string? SequenceNumber) Publish(Topic topic, PublishContent input, string baseUrl)
    {
        Check(topic, input);
        var (message, perProtocol) = MessageStructure.Read(input.Message!, input.MessageStructure);
        var deduplicationId = topic.IsFifo ? input.DeduplicationId ?? FifoIds.ContentKey(Encoding.UTF8.GetBytes(input.Message!)) : null;
        var now = clock.GetUtcNow();
        Notification Notification(Guid messageId, string? sequenceNumber) => new()
        {
            MessageId = messageId,
            TopicArn = topic.Arn,
            Subject = input.Subject,
            Message = message,
            MessagePerProtocol = perProtocol,
            Attributes = input.Attributes is { Count: > 0 } ? input.Attributes : null,
            GroupId = input.GroupId,
            DeduplicationId = deduplicationId,
            SequenceNumber = sequenceNumber,
            Timestamp = now,
            BaseUrl = baseUrl,
        };
        var messageId = RandomUuid.New();
        if (topic.Fifo is not { } fifo)
        {
            FanOut(topic, Notification(messageId, null));
            return (messageId.ToString(), null);
        }
        var (id, sequence, _) = fifo.Accept(deduplicationId!, messageId, sequenceNumber => FanOut(topic, Notification(messageId, sequenceNumber)));
        return (id.ToString(), sequence);
    }

    private void FanOut(Topic topic, Notification notification)
    {
        foreach (var subscription in topic.Subscriptions)
        {
            if (subscription.PendingConfirmation || !Matches(subscription.Settings.FilterPolicy, notification, subscription.Protocol)) continue;
            deliveries.Deliver(topic, subscription, notification);
        }
    }

    private static bool Matches(FilterPolicy? policy, Notification notification, string protocol) => policy switch
    {
        null => true,
        { Scope: FilterPolicyScope.MessageBody } => policy.MatchesBody(notification.MessageFor(protocol)),
        _ => policy.Matches(notification.FilterAttributes),
    };
}
