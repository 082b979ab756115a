using Emulator.Common;
using Emulator.Hosting;
using Emulator.Kinesis.Streams;
using Emulator.Protocol.Routing;

namespace Emulator.Kinesis;

/// <summary>Amazon Kinesis Data Streams over AWS JSON 1.1 and AWS CBOR 1.1.</summary>
public sealed class KinesisService(
    KinesisStore store, AccountSettings accounts, StreamStatusChanges status, ShardSubscriptions subscriptions, IEnumerable<IKinesisOperations> operations)
    : IEmulatedService
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

    public AwsServiceDescriptor Descriptor => Kinesis;

    public void RegisterOperations(OperationRegistry registry)
    {
        registry.AddService(Kinesis);
        foreach (var group in operations) group.Register(registry);
    }

    public void MapAdminEndpoints(IEndpointRouteBuilder admin)
    {
    }

    public void Reset()
    {
        status.Clear();
        subscriptions.Clear();
        var dropped = store.All().Sum(s => s.StoredBytes);
        store.Clear();
        ReleasedMemory.Dropped(dropped);
        accounts.Clear();
    }
}
