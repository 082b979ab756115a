using Emulator.Sqs.Durability;
using Emulator.Sqs.MoveTasks;
using Emulator.Sqs.Operations;
using Emulator.Sqs.Queues;

namespace Emulator.Sqs;

/// <summary>Amazon SQS: the query protocol and AWS JSON 1.0, sharing every handler.</summary>
public static class SqsService
{
    public static readonly AwsServiceDescriptor Sqs = new()
    {
        Name = "sqs",
        TargetPrefix = "AmazonSQS",
        JsonProtocol = WireProtocol.Json10,
        SpeaksQuery = true,
        QueryVersion = "2012-11-05",
        XmlNamespace = "http://queue.amazonaws.com/doc/2012-11-05/",
        JsonErrorTypePrefix = "com.amazonaws.sqs#",
        QueryCompatibleErrors = true,
        MaxRequestBytes = 4 * 1024 * 1024,
    };

    public static IServiceCollection AddSqs(this IServiceCollection services, IConfiguration? configuration = null) =>
        services.AddEmulatedService(Sqs, configuration, sqs => sqs
            .Options<SqsOptions>()
            .State<MessageMoveTasks>()
            .State<SqsStore>()
            .Durable<SqsDurableState>()
            .Uses<SqsJournal>()
            .Uses<QueueAccess>()
            .Uses<QueueLocator>()
            .Uses<QueueAttributeParser>()
            .Uses<QueueDelivery>()
            .Uses<DeferredBodyWriter>()
            .Operations<QueueLifecycleOperations>()
            .Operations<QueueAttributeOperations>()
            .Operations<TagOperations>()
            .Operations<PermissionOperations>()
            .Operations<MessageOperations>()
            .Operations<BatchOperations>()
            .Operations<PurgeOperations>()
            .Operations<MoveTaskOperations>()
            .Endpoints<SqsInspection>()
            .Endpoints<LocalStackEndpoints>()
            .Metrics<SqsMetrics>());
}
