using Emulator.Protocol.Routing;

namespace Emulator.Hosting;

/// <summary>One emulated AWS service: its operations, its admin endpoints and its state.</summary>
public interface IEmulatedService
{
    AwsServiceDescriptor Descriptor { get; }

    void RegisterOperations(OperationRegistry registry);

    void MapAdminEndpoints(IEndpointRouteBuilder admin);

    /// <summary>Paths other emulators serve (LocalStack's <c>/_aws/...</c>), so that existing test suites keep working.</summary>
    void MapCompatibilityEndpoints(IEndpointRouteBuilder root)
    {
    }

    /// <summary>Forgets every resource of the service in every account and region.</summary>
    void Reset();
}
