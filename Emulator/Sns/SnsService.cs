using Emulator.Hosting;
using Emulator.Protocol.Routing;
using Emulator.Sns.Delivery;
using Emulator.Sns.Platform;
using Emulator.Sns.Signing;
using Emulator.Sns.Sms;
using Emulator.Sns.Topics;

namespace Emulator.Sns;

/// <summary>Amazon SNS over the query protocol, the only one it speaks.</summary>
public sealed class SnsService(
    SnsStore store, PlatformStore platforms, SmsStore sms, RecordedDeliveries recorded, HttpDelivery http,
    NotificationSigner signer, EmulatorOptions options, IEnumerable<ISnsOperations> operations) : IEmulatedService
{
    public static readonly AwsServiceDescriptor Sns = new()
    {
        Name = "sns",
        SpeaksQuery = true,
        QueryVersion = "2010-03-31",
        XmlNamespace = "http://sns.amazonaws.com/doc/2010-03-31/",
        MaxRequestBytes = 4 * 1024 * 1024,
    };

    public AwsServiceDescriptor Descriptor => Sns;

    public void RegisterOperations(OperationRegistry registry)
    {
        registry.AddService(Sns);
        foreach (var group in operations) group.Register(registry);
    }

    public void MapAdminEndpoints(IEndpointRouteBuilder admin) => SnsInspection.Map(admin, store, recorded, signer);

    public void MapCompatibilityEndpoints(IEndpointRouteBuilder root) => LocalStackEndpoints.Map(root, store, recorded, options.Region);

    public void Reset()
    {
        http.Clear();
        store.Clear();
        platforms.Clear();
        sms.Clear();
        recorded.Clear();
    }
}
