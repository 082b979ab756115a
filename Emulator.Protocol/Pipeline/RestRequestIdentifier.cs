using Emulator.Protocol.Query;
using Emulator.Protocol.Rest;
using Emulator.Protocol.Routing;
using Emulator.Protocol.SigV4;
using Microsoft.AspNetCore.Http;

namespace Emulator.Protocol.Pipeline;

/// <summary>
/// Names a REST request's service and operation: a request signed for a REST service, or one that no other protocol
/// claims (no target header, no query <c>Action</c>, no form body) when it is unsigned or signed the old way. The
/// bucket of a virtual-hosted request (<c>bucket.localhost</c>, <c>bucket.s3.localhost</c>) becomes the path's first segment.
/// </summary>
public sealed class RestRequestIdentifier(OperationRegistry registry)
{
    private readonly AwsServiceDescriptor? _restService = registry.Services.FirstOrDefault(s => s.RestXml is not null);
    private string[]? _hostSuffixes;

    public IdentifiedRequest? Identify(HttpRequest request, SigV4Credential? credential)
    {
        if (_restService is not { RestXml: { } router } service) return null;
        if (credential?.Service is { } signed ? signed != service.Name : IsQueryRequest(request)) return null;
        var query = request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        _hostSuffixes ??= [$".{service.Name}.localhost", ".localhost"];
        var path = VirtualHostBucket(request.Host.Host, service.Name, _hostSuffixes) is { } bucket ? "/" + bucket + RawTarget.Path(request) : RawTarget.Path(request);
        var route = router.Match(request.Method, path, query, request.Headers.ContainsKey);
        return new IdentifiedRequest(service, WireProtocol.RestXml, route is null ? null : registry.Find(service, route.Route.Operation), query, route);
    }

    private static bool IsQueryRequest(HttpRequest request) =>
        request.Query.ContainsKey("Action") || (HttpMethods.IsPost(request.Method) && QueryParameters.IsForm(request.ContentType));

    /// <summary>The bucket a host name carries before <c>localhost</c> or <c>s3.localhost</c>, if any.</summary>
    private static string? VirtualHostBucket(string host, string serviceName, string[] suffixes)
    {
        foreach (var suffix in suffixes)
            if (host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && host.Length > suffix.Length && host[..^suffix.Length] != serviceName)
                return host[..^suffix.Length];
        return null;
    }
}
