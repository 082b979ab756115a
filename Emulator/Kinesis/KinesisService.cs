using Emulator.Kinesis.Durability;
using Emulator.Kinesis.Operations;
using Emulator.Kinesis.Streams;

namespace Emulator.Kinesis;

/// <summary>Amazon Kinesis Data Streams over AWS JSON 1.1 and AWS CBOR 1.1.</summary>
public static class KinesisService
{
    public static readonly AwsServiceDescriptor Kinesis = new()
    {
        Name = "kinesis",
        TargetPrefix = "Kinesis_20131202",
        JsonProtocol = WireProtocol.Json11,
        SpeaksCbor = true,
        EmptyBodyWithoutOutput = true,
        MaxRequestBytes = 12 * 1024 * 1024,
    };

    public static IServiceCollection AddKinesis(this IServiceCollection services, IConfiguration? configuration = null) =>
        services.AddEmulatedService(Kinesis, configuration, kinesis => kinesis
            .Options<KinesisOptions>()
            .Uses(provider => provider.GetRequiredService<KinesisOptions>().Limits)
            .State<StreamStatusChanges>()
            .State<ShardSubscriptions>()
            .State<KinesisStore>()
            .Durable<KinesisDurableState>()
            .Uses<KinesisJournal>()
            .Endpoints<KinesisInspection>()
            .State<AccountSettings>()
            .Uses<StreamLocator>()
            .Uses<AccountQuotas>()
            .Uses<StreamFeed>()
            .Operations<StreamOperations>()
            .Operations<RecordOperations>()
            .Operations<ShardOperations>()
            .Operations<SettingsOperations>()
            .Operations<TagOperations>()
            .Operations<ConsumerOperations>()
            .Operations<PolicyOperations>()
            .Operations<SubscribeToShardOperation>());
}
