using System.Text;
using Emulator.Sns.Publishing;
using Newtonsoft.Json;
using Emulator.Sns.Signing;
using Emulator.Sns.Subscriptions;

namespace Emulator.Sns.Delivery;

/// <summary>The JSON documents SNS delivers: Notification, SubscriptionConfirmation and UnsubscribeConfirmation.</summary>
public sealed class Envelopes(NotificationSigner signer)
{
    public static string CertificateUrl(string baseUrl) => $"{baseUrl}/_emulator/sns/{NotificationSigner.CertificateFileName}";

    public static string UnsubscribeUrl(string baseUrl, string subscriptionArn) =>
        $"{baseUrl}/?Action=Unsubscribe&SubscriptionArn={subscriptionArn}";

    public static string SubscribeUrl(string baseUrl, string topicArn, string token) =>
        $"{baseUrl}/?Action=ConfirmSubscription&TopicArn={topicArn}&Token={token}";

    /// <summary>
    /// The Notification a subscription receives. Messages of FIFO topics carry a SequenceNumber and no signature;
    /// others are <paramref name="signed"/> with the topic's SignatureVersion. Everything but the UnsubscribeURL is
    /// written (and signed) once per publish and delivered text, and shared by every subscriber.
    /// </summary>
    public string Notification(Notification notification, Subscription subscription, string message, bool signed, int signatureVersion)
    {
        var (head, tail) = notification.EnvelopeParts(message, signed, signatureVersion,
            () => Parts(notification, message, signed, signatureVersion));
        return string.Concat(head, JsonConvert.ToString(UnsubscribeUrl(notification.BaseUrl, subscription.Arn)), tail);
    }

    /// <summary>Stands for the UnsubscribeURL while the shared parts are written; it cannot occur in a URL.</summary>
    private const string UrlPlaceholder = "\u0001UnsubscribeURL\u0001";

    private (string Head, string Tail) Parts(Notification notification, string message, bool signed, int signatureVersion)
    {
        var messageId = notification.MessageId.ToString();
        var writer = new EnvelopeWriter()
            .Field("Type", "Notification")
            .Field("MessageId", messageId)
            .Field("SequenceNumber", notification.SequenceNumber)
            .Field("TopicArn", notification.TopicArn)
            .Field("Subject", notification.Subject)
            .Field("Message", message)
            .Field("Timestamp", notification.TimestampText);
        if (signed)
        {
            var signature = signer.Sign(
                NotificationSigner.NotificationCanonical(message, messageId, notification.Subject, notification.TimestampText, notification.TopicArn),
                signatureVersion);
            writer.Field("SignatureVersion", signatureVersion.ToString())
                .Field("Signature", signature)
                .Field("SigningCertURL", CertificateUrl(notification.BaseUrl));
        }
        var text = writer.Field("UnsubscribeURL", UrlPlaceholder).Attributes(notification.Attributes).ToString();
        var placeholder = JsonConvert.ToString(UrlPlaceholder);
        var at = text.IndexOf(placeholder, StringComparison.Ordinal);
        return (text[..at], text[(at + placeholder.Length)..]);
    }

    /// <summary>
    /// The size of a notification, near enough for a queue's size limit without writing (and signing) it:
    /// the message, subject and attributes plus the fixed fields, URLs and a 2048-bit signature.
    /// </summary>
    public static int SizeEstimate(Notification notification, string message)
    {
        var size = 1400 + 2 * Encoding.UTF8.GetByteCount(notification.TopicArn) + Encoding.UTF8.GetByteCount(message)
                   + (notification.Subject?.Length ?? 0) + notification.BaseUrl.Length * 2;
        if (notification.Attributes is { } attributes)
            foreach (var (name, value) in attributes)
                size += 32 + name.Length + (value.DataType?.Length ?? 0)
                        + (value.BinaryValue is { } binary ? (binary.Length + 2) / 3 * 4 : Encoding.UTF8.GetByteCount(value.StringValue ?? ""));
        return size;
    }

    /// <summary>A SubscriptionConfirmation or UnsubscribeConfirmation carrying the token and the URL that confirms it.</summary>
    public string Confirmation(ConfirmationMessage confirmation, int signatureVersion)
    {
        var subscribeUrl = SubscribeUrl(confirmation.BaseUrl, confirmation.TopicArn, confirmation.Token);
        var signature = signer.Sign(NotificationSigner.ConfirmationCanonical(confirmation.Type, confirmation.Message,
            confirmation.MessageId, subscribeUrl, confirmation.Timestamp, confirmation.Token, confirmation.TopicArn), signatureVersion);
        return new EnvelopeWriter()
            .Field("Type", confirmation.Type)
            .Field("MessageId", confirmation.MessageId)
            .Field("Token", confirmation.Token)
            .Field("TopicArn", confirmation.TopicArn)
            .Field("Message", confirmation.Message)
            .Field("SubscribeURL", subscribeUrl)
            .Field("Timestamp", confirmation.Timestamp)
            .Field("SignatureVersion", signatureVersion.ToString())
            .Field("Signature", signature)
            .Field("SigningCertURL", CertificateUrl(confirmation.BaseUrl))
            .ToString();
    }
}
