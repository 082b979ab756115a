using Emulator.Protocol.Errors;
using Emulator.Protocol.Query;
using Emulator.Protocol.Routing;
using Emulator.Protocol.SigV4;
using Microsoft.AspNetCore.Http;

namespace Emulator.Protocol.Pipeline;

/// <summary>Names the service, operation and protocol of a request from X-Amz-Target, Action=, the SigV4 scope and the path.</summary>
public sealed class RequestIdentifier(OperationRegistry registry, string fallbackQueryService)
{
    public const string TargetHeader = "X-Amz-Target";

    /// <summary>Identifies a JSON or CBOR request from its target header; null when the request carries none.</summary>
    public IdentifiedRequest? FromTarget(HttpRequest request)
    {
        var target = request.Headers[TargetHeader].ToString();
        if (target.Length == 0) return null;
        var dot = target.LastIndexOf('.');
        var service = dot > 0 ? registry.ServiceByTarget(target.AsSpan(0, dot)) : null;
        if (service?.JsonProtocol is not { } protocol)
            return new IdentifiedRequest(null, WireProtocol.Json11, null, null);
        if (service.SpeaksCbor && IsCborContentType(request.ContentType)) protocol = WireProtocol.Cbor11;
        return new IdentifiedRequest(service, protocol, registry.Find(service, target[(dot + 1)..]), null);
    }

    public IdentifiedRequest FromQuery(Dictionary<string, string> parameters, SigV4Credential? credential)
    {
        var action = parameters.GetValueOrDefault("Action");
        var service = QueryService(parameters, credential, action);
        if (string.IsNullOrEmpty(action))
            throw new AwsError("MissingAction", "The request must contain the parameter Action.");
        return new IdentifiedRequest(service, WireProtocol.Query, service is null ? null : registry.Find(service, action), parameters);
    }

    private AwsServiceDescriptor? QueryService(Dictionary<string, string> parameters, SigV4Credential? credential, string? action)
    {
        if (credential?.Service is { } signed && registry.ServiceByName(signed) is { SpeaksQuery: true } byScope)
            return byScope;
        if (parameters.GetValueOrDefault("Version") is { } version)
        {
            var byVersion = registry.Services.FirstOrDefault(s => s.SpeaksQuery && s.QueryVersion == version);
            if (byVersion is not null) return byVersion;
        }
        if (action is not null && registry.QueryServicesWith(action).FirstOrDefault() is { } byAction) return byAction;
        return registry.ServiceByName(fallbackQueryService);
    }

    public static bool IsJsonContentType(string? contentType) =>
        contentType is not null &&
        (contentType.StartsWith("application/x-amz-json-", StringComparison.OrdinalIgnoreCase) ||
         contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase));

    public static bool IsCborContentType(string? contentType) =>
        contentType?.StartsWith("application/x-amz-cbor-1.1", StringComparison.OrdinalIgnoreCase) == true;
}
