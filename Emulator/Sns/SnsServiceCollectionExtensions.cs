using Emulator.Hosting;
using Emulator.Sns.Delivery;
using Emulator.Sns.Operations;
using Emulator.Sns.Platform;
using Emulator.Sns.Publishing;
using Emulator.Sns.Signing;
using Emulator.Sns.Sms;
using Emulator.Sns.Subscriptions;
using Emulator.Sns.Topics;

namespace Emulator.Sns;

public static class SnsServiceCollectionExtensions
{
    public static IServiceCollection AddSns(this IServiceCollection services)
    {
        services.AddSingleton<SnsStore>();
        services.AddSingleton<PlatformStore>();
        services.AddSingleton<SmsStore>();
        services.AddSingleton<NotificationSigner>();
        services.AddSingleton<Envelopes>();
        services.AddSingleton<RecordedDeliveries>();
        services.AddSingleton<SqsDelivery>();
        services.AddSingleton<HttpDelivery>();
        services.AddSingleton<Deliveries>();
        services.AddSingleton<ConfirmationSender>();
        services.AddSingleton<Publisher>();
        services.AddSingleton<DirectPublisher>();
        services.AddSingleton<ISnsOperations, TopicOperations>();
        services.AddSingleton<ISnsOperations, TopicResourceOperations>();
        services.AddSingleton<ISnsOperations, SubscriptionOperations>();
        services.AddSingleton<ISnsOperations, PublishOperations>();
        services.AddSingleton<ISnsOperations, PlatformOperations>();
        services.AddSingleton<ISnsOperations, SmsOperations>();
        services.AddSingleton<SnsService>();
        services.AddSingleton<IEmulatedService>(provider => provider.GetRequiredService<SnsService>());
        return services;
    }
}
