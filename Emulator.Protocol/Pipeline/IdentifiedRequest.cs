using Emulator.Protocol.Rest;
using Emulator.Protocol.Routing;

namespace Emulator.Protocol.Pipeline;

/// <summary>Step 1 of a request: which service, operation and wire protocol it is.</summary>
public readonly record struct IdentifiedRequest(
    AwsServiceDescriptor? Service,
    WireProtocol Protocol,
    OperationBinding? Operation,
    Dictionary<string, string>? QueryParameters,
    RouteMatch? Route = null);
