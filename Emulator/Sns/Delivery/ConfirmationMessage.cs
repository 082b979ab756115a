using Emulator.Protocol.Pipeline;

namespace Emulator.Sns.Delivery;

/// <summary>The fields of a SubscriptionConfirmation or UnsubscribeConfirmation message.</summary>
public sealed record ConfirmationMessage(string Type, string MessageId, string Token, string TopicArn, string Message, string Timestamp, string BaseUrl)
{
    public const string Subscription = "SubscriptionConfirmation";
    public const string Unsubscribe = "UnsubscribeConfirmation";

    public static ConfirmationMessage ForSubscribe(string token, string topicArn, string timestamp, string baseUrl) => new(
        Subscription, RandomUuid.New().ToString(), token, topicArn,
        $"You have chosen to subscribe to the topic {topicArn}.\nTo confirm the subscription, visit the SubscribeURL included in this message.",
        timestamp, baseUrl);

    public static ConfirmationMessage ForUnsubscribe(string token, string topicArn, string subscriptionArn, string timestamp, string baseUrl) => new(
        Unsubscribe, RandomUuid.New().ToString(), token, topicArn,
        $"You have chosen to deactivate subscription {subscriptionArn}.\nTo cancel this operation and restore the subscription, visit the SubscribeURL included in this message.",
        timestamp, baseUrl);
}
