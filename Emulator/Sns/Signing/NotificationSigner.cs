using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Emulator.Sns.Signing;

/// <summary>
/// Signs SNS messages as AWS does: SignatureVersion 1 is SHA1withRSA and 2 SHA256withRSA, PKCS#1 v1.5, over the
/// canonical string of the message's fields, base64-encoded. The RSA-2048 key and its self-signed certificate
/// are made on first use, so that start-up does not pay for them.
/// </summary>
public sealed class NotificationSigner
{
    public const string CertificateFileName = "SimpleNotificationService-emulator.pem";

    private readonly Lazy<(RSA Key, string CertificatePem)> _identity = new(Create);

    public string CertificatePem => _identity.Value.CertificatePem;

    public string Sign(string canonical, int version)
    {
        var hash = version == 2 ? HashAlgorithmName.SHA256 : HashAlgorithmName.SHA1;
        var data = Encoding.UTF8.GetBytes(canonical);
        return Convert.ToBase64String(_identity.Value.Key.SignData(data, hash, RSASignaturePadding.Pkcs1));
    }

    /// <summary>The string AWS signs for a Notification: Message, MessageId, Subject (when present), Timestamp, TopicArn, Type.</summary>
    public static string NotificationCanonical(string message, string messageId, string? subject, string timestamp, string topicArn)
    {
        var text = new StringBuilder();
        Append(text, "Message", message);
        Append(text, "MessageId", messageId);
        if (subject is not null) Append(text, "Subject", subject);
        Append(text, "Timestamp", timestamp);
        Append(text, "TopicArn", topicArn);
        Append(text, "Type", "Notification");
        return text.ToString();
    }

    /// <summary>The string AWS signs for SubscriptionConfirmation and UnsubscribeConfirmation messages.</summary>
    public static string ConfirmationCanonical(string type, string message, string messageId, string subscribeUrl, string timestamp, string token, string topicArn)
    {
        var text = new StringBuilder();
        Append(text, "Message", message);
        Append(text, "MessageId", messageId);
        Append(text, "SubscribeURL", subscribeUrl);
        Append(text, "Timestamp", timestamp);
        Append(text, "Token", token);
        Append(text, "TopicArn", topicArn);
        Append(text, "Type", type);
        return text.ToString();
    }

    private static void Append(StringBuilder text, string name, string value) => text.Append(name).Append('\n').Append(value).Append('\n');

    private static (RSA, string) Create()
    {
        var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=sns.amazonaws.com, O=Emulator", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(10));
        return (key, certificate.ExportCertificatePem());
    }
}
