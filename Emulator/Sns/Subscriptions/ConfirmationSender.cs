using System.Security.Cryptography;
using Emulator.Sns.Delivery;
using Emulator.Sns.Topics;

namespace Emulator.Sns.Subscriptions;

/// <summary>
/// Sends the SubscriptionConfirmation that a new HTTP/S, email or cross-account SQS subscription waits on, and
/// the UnsubscribeConfirmation an HTTP/S endpoint receives when its subscription is deleted.
/// </summary>
public sealed class ConfirmationSender(HttpDelivery http, SqsDelivery sqs, RecordedDeliveries recorded, Envelopes envelopes, TimeProvider clock)
{
    public void RequestConfirmation(Topic topic, Subscription subscription, string baseUrl)
    {
        var now = clock.GetUtcNow();
        var token = NewToken();
        subscription.AwaitConfirmation(token, now);
        var message = ConfirmationMessage.ForSubscribe(token, topic.Arn, Timestamp(now), baseUrl);
        var body = new Lazy<string>(() => envelopes.Confirmation(message, topic.SignatureVersion));
        switch (subscription.Protocol)
        {
            case "http" or "https":
                Post(subscription, message, body);
                break;
            case "sqs":
                sqs.Send(subscription.Endpoint, body.Value, topic.Arn);
                break;
            default:
                recorded.Record(subscription.Protocol, new RecordedDelivery(subscription.Endpoint,
                    subscription.Protocol == "email-json" ? body.Value : message.Message + "\n" + Envelopes.SubscribeUrl(baseUrl, topic.Arn, token),
                    topic.AccountId, topic.Region, now, message.MessageId, topic.Arn, subscription.Arn, "AWS Notification - Subscription Confirmation"));
                break;
        }
    }

    public void AnnounceUnsubscribe(Topic topic, Subscription subscription, string baseUrl)
    {
        if (subscription.Protocol is not ("http" or "https")) return;
        var now = clock.GetUtcNow();
        var token = subscription.Token ?? NewToken();
        var message = ConfirmationMessage.ForUnsubscribe(token, topic.Arn, subscription.Arn, Timestamp(now), baseUrl);
        Post(subscription, message, new Lazy<string>(() => envelopes.Confirmation(message, topic.SignatureVersion)));
    }

    /// <summary>A confirmation token: hexadecimal, as long as AWS's (288 digits).</summary>
    private static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(144));

    private void Post(Subscription subscription, ConfirmationMessage message, Lazy<string> body) =>
        http.Enqueue(new HttpMessage(subscription.Endpoint, body, SubscriptionDeliveryPolicy.TextPlain,
        [
            new("x-amz-sns-message-type", message.Type),
            new("x-amz-sns-message-id", message.MessageId),
            new("x-amz-sns-topic-arn", message.TopicArn),
            new("x-amz-sns-subscription-arn", subscription.Arn),
        ], RetryPolicy.Default, null));

    private static string Timestamp(DateTimeOffset now) => now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'");
}
