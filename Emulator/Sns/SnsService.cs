using Emulator.Sns.Durability;
using Emulator.Sns.Delivery;
using Emulator.Sns.Operations;
using Emulator.Sns.Platform;
using Emulator.Sns.Publishing;
using Emulator.Sns.Signing;
using Emulator.Sns.Sms;
using Emulator.Sns.Subscriptions;
using Emulator.Sns.Topics;

namespace Emulator.Sns;

/// <summary>Amazon SNS over the query protocol, the only one it speaks.</summary>
public static class SnsService
{
    public static readonly AwsServiceDescriptor Sns = new()
    {
        Name = "sns",
        SpeaksQuery = true,
        QueryVersion = "2010-03-31",
        XmlNamespace = "http://sns.amazonaws.com/doc/2010-03-31/",
        MaxRequestBytes = 4 * 1024 * 1024,
        UnsignedOperations = new HashSet<string> { "ConfirmSubscription", "Unsubscribe" },
    };

    public static IServiceCollection AddSns(this IServiceCollection services, IConfiguration? configuration = null) =>
        services.AddEmulatedService(Sns, configuration, sns => sns
            .Options<SnsOptions>()
            .State<HttpDelivery>()
            .State<SnsStore>()
            .Durable<SnsDurableState>()
            .Uses<SnsJournal>()
            .State<PlatformStore>()
            .State<SmsStore>()
            .State<RecordedDeliveries>()
            .State<DeliveryLog>()
            .Uses<NotificationSigner>()
            .Uses<Envelopes>()
            .Uses<SqsDelivery>()
            .Uses<LambdaDelivery>()
            .Uses<Deliveries>()
            .Uses<ConfirmationSender>()
            .Uses<Publisher>()
            .Uses<DirectPublisher>()
            .Operations<TopicOperations>()
            .Operations<TopicResourceOperations>()
            .Operations<SubscriptionOperations>()
            .Operations<PublishOperations>()
            .Operations<PlatformOperations>()
            .Operations<SmsOperations>()
            .Endpoints<SnsInspection>()
            .Endpoints<LocalStackEndpoints>()
            .Metrics<SnsMetrics>());
}
