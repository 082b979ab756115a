using Emulator.Firehose.Delivery;
using Emulator.Firehose.Durability;
using Emulator.Firehose.Operations;
using Emulator.Firehose.Streams;

namespace Emulator.Firehose;

/// <summary>Amazon Data Firehose over AWS JSON 1.1: delivery streams that buffer records and deliver them into S3 or to HTTP endpoints.</summary>
public static class FirehoseService
{
    public static readonly AwsServiceDescriptor Firehose = new()
    {
        Name = "firehose",
        TargetPrefix = "Firehose_20150804",
        JsonProtocol = WireProtocol.Json11,
        // PutRecordBatch carries up to 4 MiB of data, base64 in JSON.
        MaxRequestBytes = 8 * 1024 * 1024,
    };

    public static IServiceCollection AddFirehose(this IServiceCollection services, IConfiguration? configuration = null) =>
        services.AddEmulatedService(Firehose, configuration, firehose => firehose
            .Options<FirehoseOptions>()
            .State<FirehoseStore>()
            .State<DeliveryStreamStatusChanges>()
            .Uses<S3Writer>()
            .Uses<HttpEndpointSender>()
            .Uses<RecordProcessing>()
            .Uses<RecordIngest>()
            .State<Deliveries>()
            .State<KinesisSources>()
            .Durable<FirehoseDurableState>()
            .Uses<FirehoseJournal>()
            .Operations<DeliveryStreamOperations>()
            .Operations<RecordOperations>()
            .Operations<TagAndEncryptionOperations>()
            .Endpoints<FirehoseInspection>()
            .Metrics<FirehoseMetrics>());
}
