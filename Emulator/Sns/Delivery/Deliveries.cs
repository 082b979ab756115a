using Emulator.Firehose;
using Emulator.Sns.Platform;
using Emulator.Sns.Publishing;
using Emulator.Sns.Subscriptions;
using Emulator.Sns.Topics;

namespace Emulator.Sns.Delivery;

/// <summary>Sends one notification to one confirmed subscription, by its protocol.</summary>
public sealed class Deliveries(
    SqsDelivery sqs, HttpDelivery http, RecordedDeliveries recorded, Envelopes envelopes, PlatformStore platforms, SnsOptions options,
    RecordIngest firehose, LambdaDelivery lambda, DeliveryLog log)
{
    public void Deliver(Topic topic, Subscription subscription, Notification notification)
    {
        var protocol = subscription.Protocol;
        var settings = subscription.Settings;
        string Envelope(string message) => envelopes.Notification(notification, subscription, message, signed: !topic.IsFifo, topic.SignatureVersion);
        switch (protocol)
        {
            case "sqs":
                DeliverToQueue(topic, subscription, notification);
                break;
            case "http" or "https":
                Post(topic, subscription, notification, Envelope);
                break;
            case "email":
                Record(protocol, subscription, notification, notification.MessageFor(protocol));
                break;
            case "application":
                if (platforms.FindEndpoint(subscription.Endpoint) is { Enabled: true } endpoint)
                    Record(protocol, subscription, notification, notification.MessageFor(endpoint.Application.Platform));
                break;
            case "sms":
                Record(protocol, subscription, notification, notification.MessageFor(protocol));
                break;
            case "firehose":
                DeliverToFirehose(topic, subscription, notification);
                break;
            case "lambda" when lambda.Handles(subscription):
                var envelope = Envelope(notification.MessageFor(protocol));
                Record(protocol, subscription, notification, envelope);
                lambda.Deliver(subscription, envelope);
                break;
            default:
                Record(protocol, subscription, notification, Envelope(notification.MessageFor(protocol)));
                break;
        }
    }

    private void DeliverToQueue(Topic topic, Subscription subscription, Notification notification)
    {
        var message = notification.MessageFor("sqs");
        var signed = !topic.IsFifo && options.SignSqsDeliveries;
        string Envelope() => envelopes.Notification(notification, subscription, message, signed, topic.SignatureVersion);
        if (sqs.Deliver(subscription, notification, Envelope, Envelopes.SizeEstimate(notification, message)) is not { } refusal)
        {
            Log("delivered", subscription, notification);
            return;
        }
        var dlq = subscription.Settings.DeadLetterTargetArn;
        Log(dlq is null ? "failed" : "dead-lettered", subscription, notification, $"{refusal.Code}: {refusal.Message}");
        if (dlq is not null) sqs.Send(dlq, Envelope(), notification.TopicArn);
    }

    /// <summary>
    /// One record per message, raw or in the unsigned JSON envelope written on one line, each ended with a line break so
    /// that the messages a buffer joins stay apart (SNS developer guide, "Formatting Amazon SNS notifications for storage
    /// in Amazon S3 destinations"). The record is also kept for inspection; one the delivery stream refuses goes to the
    /// dead-letter queue.
    /// </summary>
    private void DeliverToFirehose(Topic topic, Subscription subscription, Notification notification)
    {
        var message = notification.MessageFor(subscription.Protocol);
        if (!subscription.Settings.RawMessageDelivery)
            message = Newtonsoft.Json.Linq.JToken.Parse(envelopes.Notification(notification, subscription, message, signed: false, topic.SignatureVersion))
                .ToString(Newtonsoft.Json.Formatting.None);
        Keep(subscription.Protocol, subscription, notification, message);
        if (firehose.Deliver(subscription.Endpoint, System.Text.Encoding.UTF8.GetBytes(message + "\n")) is not { } refusal)
        {
            Log("delivered", subscription, notification);
            return;
        }
        var dlq = subscription.Settings.DeadLetterTargetArn;
        Log(dlq is null ? "failed" : "dead-lettered", subscription, notification, $"{refusal.Code}: {refusal.Message}");
        if (dlq is not null) sqs.Send(dlq, message, notification.TopicArn);
    }

    private void Post(Topic topic, Subscription subscription, Notification notification, Func<string, string> envelope)
    {
        var settings = subscription.Settings;
        var message = notification.MessageFor(subscription.Protocol);
        var (retry, contentType) = SubscriptionDeliveryPolicy.Effective(topic.DeliveryPolicy, settings.DeliveryPolicy);
        var body = settings.RawMessageDelivery ? new Lazy<string>(message) : new Lazy<string>(() => envelope(message));
        http.Enqueue(new HttpMessage(subscription.Endpoint, body, contentType,
        [
            new("x-amz-sns-message-type", "Notification"),
            new("x-amz-sns-message-id", notification.MessageId.ToString()),
            new("x-amz-sns-topic-arn", notification.TopicArn),
            new("x-amz-sns-subscription-arn", subscription.Arn),
            new("x-amz-sns-rawdelivery", settings.RawMessageDelivery ? "true" : "false"),
        ], retry, settings.DeadLetterTargetArn));
    }

    private void Log(string outcome, Subscription subscription, Notification notification, string? error = null) =>
        log.Add(subscription.Protocol, subscription.Endpoint, outcome, notification.TopicArn, subscription.Arn, notification.MessageId.ToString(), error: error);

    private void Record(string kind, Subscription subscription, Notification notification, string message)
    {
        Keep(kind, subscription, notification, message);
        Log("recorded", subscription, notification);
    }

    private void Keep(string kind, Subscription subscription, Notification notification, string message)
    {
        var topic = SnsArn.TryParse(notification.TopicArn, out var arn) ? arn : default;
        recorded.Record(kind, new RecordedDelivery(subscription.Endpoint, message, topic.AccountId, topic.Region, notification.Timestamp,
            notification.MessageId.ToString(), notification.TopicArn, subscription.Arn, notification.Subject,
            notification.Attributes?.ToDictionary(a => a.Key, a => a.Value.StringValue ?? Convert.ToBase64String(a.Value.BinaryValue ?? []))));
    }
}
