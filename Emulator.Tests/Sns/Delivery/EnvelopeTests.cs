using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Emulator.Sns.Delivery;
using Emulator.Sns.Publishing;
using Emulator.Sns.Shapes;
using Emulator.Sns.Signing;
using Emulator.Sns.Subscriptions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Emulator.Tests.Sns.Delivery;

public class EnvelopeTests
{
    private const string TopicArn = "arn:aws:sns:us-east-1:000000000000:orders";
    private static readonly NotificationSigner Signer = new();
    private readonly Envelopes _envelopes = new(Signer);

    private static Notification Published(string? subject = "Subject", string? sequence = null) => new()
    {
        MessageId = Guid.Parse("22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324"),
        TopicArn = TopicArn,
        Subject = subject,
        Message = "Hello \"world\"\n",
        Attributes = new Dictionary<string, MessageAttributeValue>
        {
            ["store"] = new() { DataType = "String", StringValue = "example_corp" },
            ["blob"] = new() { DataType = "Binary", BinaryValue = [1, 2, 3] },
        },
        SequenceNumber = sequence,
        Timestamp = new DateTimeOffset(2026, 11, 26, 8, 30, 5, 123, TimeSpan.Zero),
        BaseUrl = "http://localhost:4566",
    };

    private static JObject Parse(string text) =>
        JsonConvert.DeserializeObject<JObject>(text, new JsonSerializerSettings { DateParseHandling = DateParseHandling.None })!;

    private static Subscription Subscriber(string id) =>
        new($"{TopicArn}:{id}", TopicArn, "000000000000", "sqs", "arn:aws:sqs:us-east-1:000000000000:q", new SubscriptionSettings(),
            changed: () => { });

    [Fact]
    public void A_notification_has_AWS_fields_in_AWS_order_and_layout()
    {
        var text = _envelopes.Notification(Published(), Subscriber("a"), "Hello \"world\"\n", signed: true, signatureVersion: 1);
        var json = Parse(text);

        Assert.Equal(["Type", "MessageId", "TopicArn", "Subject", "Message", "Timestamp", "SignatureVersion", "Signature",
            "SigningCertURL", "UnsubscribeURL", "MessageAttributes"], json.Properties().Select(p => p.Name));
        Assert.StartsWith("{\n  \"Type\" : \"Notification\",\n  \"MessageId\" : \"22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324\",", text);
        Assert.Equal("2026-11-26T08:30:05.123Z", (string?)json["Timestamp"]);
        Assert.Equal("Hello \"world\"\n", (string?)json["Message"]);
        Assert.Equal("http://localhost:4566/_emulator/sns/SimpleNotificationService-emulator.pem", (string?)json["SigningCertURL"]);
        Assert.Equal($"http://localhost:4566/?Action=Unsubscribe&SubscriptionArn={TopicArn}:a", (string?)json["UnsubscribeURL"]);
        Assert.Equal("""{"Type":"String","Value":"example_corp"}""", json["MessageAttributes"]!["store"]!.ToString(Formatting.None));
        Assert.Equal("AQID", (string?)json["MessageAttributes"]!["blob"]!["Value"]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void The_signature_verifies_with_the_served_certificate(int version)
    {
        var json = Parse(_envelopes.Notification(Published(), Subscriber("a"), "Hello \"world\"\n", signed: true, version));
        var canonical = "Message\nHello \"world\"\n\nMessageId\n22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324\nSubject\nSubject\n" +
                        $"Timestamp\n2026-11-26T08:30:05.123Z\nTopicArn\n{TopicArn}\nType\nNotification\n";
        using var certificate = X509Certificate2.CreateFromPem(Signer.CertificatePem);
        using var key = certificate.GetRSAPublicKey()!;

        Assert.Equal(version.ToString(), (string?)json["SignatureVersion"]);
        Assert.True(key.VerifyData(Encoding.UTF8.GetBytes(canonical), Convert.FromBase64String((string)json["Signature"]!),
            version == 2 ? HashAlgorithmName.SHA256 : HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1));
    }

    [Fact]
    public void Without_a_subject_the_canonical_string_leaves_it_out()
    {
        var json = Parse(_envelopes.Notification(Published(subject: null), Subscriber("a"), "m", signed: true, 1));
        var canonical = $"Message\nm\nMessageId\n22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324\nTimestamp\n2026-11-26T08:30:05.123Z\nTopicArn\n{TopicArn}\nType\nNotification\n";
        using var key = X509Certificate2.CreateFromPem(Signer.CertificatePem).GetRSAPublicKey()!;

        Assert.Null(json["Subject"]);
        Assert.True(key.VerifyData(Encoding.UTF8.GetBytes(canonical), Convert.FromBase64String((string)json["Signature"]!),
            HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1));
    }

    [Fact]
    public void Subscribers_of_one_publish_share_one_signature()
    {
        var notification = Published();
        var first = Parse(_envelopes.Notification(notification, Subscriber("a"), "m", signed: true, 1));
        var second = Parse(_envelopes.Notification(notification, Subscriber("b"), "m", signed: true, 1));

        Assert.Equal((string?)first["Signature"], (string?)second["Signature"]);
        Assert.NotEqual((string?)first["UnsubscribeURL"], (string?)second["UnsubscribeURL"]);
        Assert.Same(notification.EnvelopeParts("m", true, 1, () => throw new InvalidOperationException("written twice")).Head,
            notification.EnvelopeParts("m", true, 1, () => throw new InvalidOperationException("written twice")).Head);
    }

    [Fact]
    public void A_fifo_notification_carries_its_sequence_number_and_no_signature()
    {
        var json = Parse(_envelopes.Notification(Published(sequence: "10000000000000000001"), Subscriber("a"), "m", signed: false, 1));

        Assert.Equal("10000000000000000001", (string?)json["SequenceNumber"]);
        Assert.Equal(["Type", "MessageId", "SequenceNumber", "TopicArn", "Subject", "Message", "Timestamp", "UnsubscribeURL", "MessageAttributes"],
            json.Properties().Select(p => p.Name));
    }

    [Fact]
    public void A_subscription_confirmation_is_signed_over_its_own_fields()
    {
        var confirmation = ConfirmationMessage.ForSubscribe("abc123", TopicArn, "2026-11-26T08:30:05.123Z", "http://localhost:4566");
        var json = Parse(_envelopes.Confirmation(confirmation, 1));
        var subscribeUrl = $"http://localhost:4566/?Action=ConfirmSubscription&TopicArn={TopicArn}&Token=abc123";
        var canonical = $"Message\n{confirmation.Message}\nMessageId\n{confirmation.MessageId}\nSubscribeURL\n{subscribeUrl}\n" +
                        $"Timestamp\n2026-11-26T08:30:05.123Z\nToken\nabc123\nTopicArn\n{TopicArn}\nType\nSubscriptionConfirmation\n";
        using var key = X509Certificate2.CreateFromPem(Signer.CertificatePem).GetRSAPublicKey()!;

        Assert.Equal("SubscriptionConfirmation", (string?)json["Type"]);
        Assert.Equal(subscribeUrl, (string?)json["SubscribeURL"]);
        Assert.StartsWith($"You have chosen to subscribe to the topic {TopicArn}.", (string?)json["Message"]);
        Assert.True(key.VerifyData(Encoding.UTF8.GetBytes(canonical), Convert.FromBase64String((string)json["Signature"]!),
            HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1));
    }
}
