using Emulator.Common;
using Emulator.Hosting;
using Emulator.Protocol.Routing;
using Emulator.Sqs.MoveTasks;
using Emulator.Sqs.Queues;

namespace Emulator.Sqs;

/// <summary>Amazon SQS: the query protocol and AWS JSON 1.0, sharing every handler.</summary>
public sealed class SqsService(SqsStore store, MessageMoveTasks moveTasks, IEnumerable<ISqsOperations> operations) : IEmulatedService
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

    public AwsServiceDescriptor Descriptor => Sqs;

    public void RegisterOperations(OperationRegistry registry)
    {
        registry.AddService(Sqs);
        foreach (var group in operations) group.Register(registry);
    }

    public void MapAdminEndpoints(IEndpointRouteBuilder admin) => SqsInspection.Map(admin, store);

    public void Reset()
    {
        moveTasks.Clear();
        ReleasedMemory.Dropped(store.Clear());
    }
}
