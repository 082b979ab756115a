using Emulator.Protocol.Routing;

namespace Emulator.Hosting;

/// <summary>One emulated AWS service: its operations, its admin endpoints and its state.</summary>
public interface IEmulatedService
{
    AwsServiceDescriptor Descriptor { get; }

    void RegisterOperations(OperationRegistry registry);

    void MapAdminEndpoints(IEndpointRouteBuilder admin);

    /// <summary>Forgets every resource of the service in every account and region.</summary>
    void Reset();
}
