using Emulator.Hosting;
using Emulator.Kinesis.Operations;
using Emulator.Kinesis.Streams;

namespace Emulator.Kinesis;

public static class KinesisServiceCollectionExtensions
{
    public static IServiceCollection AddKinesis(this IServiceCollection services)
    {
        services.AddSingleton(provider => provider.GetRequiredService<EmulatorOptions>().Kinesis);
        services.AddSingleton<KinesisStore>();
        services.AddSingleton<AccountSettings>();
        services.AddSingleton<StreamLocator>();
        services.AddSingleton<StreamStatusChanges>();
        services.AddSingleton<AccountQuotas>();
        services.AddSingleton<ShardSubscriptions>();
        services.AddSingleton<IKinesisOperations, StreamOperations>();
        services.AddSingleton<IKinesisOperations, RecordOperations>();
        services.AddSingleton<IKinesisOperations, ShardOperations>();
        services.AddSingleton<IKinesisOperations, SettingsOperations>();
        services.AddSingleton<IKinesisOperations, TagOperations>();
        services.AddSingleton<IKinesisOperations, ConsumerOperations>();
        services.AddSingleton<IKinesisOperations, PolicyOperations>();
        services.AddSingleton<IKinesisOperations, SubscribeToShardOperation>();
        services.AddSingleton<KinesisService>();
        services.AddSingleton<IEmulatedService>(provider => provider.GetRequiredService<KinesisService>());
        services.AddHostedService<StartupStreams>();
        return services;
    }
}
