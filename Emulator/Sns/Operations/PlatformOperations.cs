using System.Collections.Immutable;
using Emulator.Protocol.Routing;
using Emulator.Sns.Platform;
using Emulator.Sns.Shapes;
using Emulator.Sns.Topics;

namespace Emulator.Sns.Operations;

/// <summary>Platform applications and their endpoints (mobile push); deliveries to them are recorded, not sent.</summary>
public sealed class PlatformOperations(PlatformStore store) : ISnsOperations
{
    private static readonly HashSet<string> Platforms = new(StringComparer.Ordinal)
    {
        "ADM", "APNS", "APNS_SANDBOX", "APNS_VOIP", "APNS_VOIP_SANDBOX", "BAIDU", "GCM", "MACOS", "MACOS_SANDBOX", "MPNS", "WNS",
    };

    /// <summary>Credentials are accepted but never given back by GetPlatformApplicationAttributes.</summary>
    private static readonly HashSet<string> SecretAttributes = new(StringComparer.Ordinal) { "PlatformCredential", "PlatformPrincipal" };

    public void Register(OperationRegistry registry)
    {
        registry.Add<CreatePlatformApplicationRequest, CreatePlatformApplicationResult>(SnsService.Sns, "CreatePlatformApplication", CreateApplication);
        registry.Add<PlatformApplicationArnRequest, EmptyResult>(SnsService.Sns, "DeletePlatformApplication", DeleteApplication);
        registry.Add<PlatformApplicationArnRequest, AttributesResult>(SnsService.Sns, "GetPlatformApplicationAttributes", GetApplicationAttributes);
        registry.Add<SetPlatformApplicationAttributesRequest, EmptyResult>(SnsService.Sns, "SetPlatformApplicationAttributes", SetApplicationAttributes);
        registry.Add<ListPlatformApplicationsRequest, ListPlatformApplicationsResult>(SnsService.Sns, "ListPlatformApplications", ListApplications);
        registry.Add<CreatePlatformEndpointRequest, CreatePlatformEndpointResult>(SnsService.Sns, "CreatePlatformEndpoint", CreateEndpoint);
        registry.Add<EndpointArnRequest, EmptyResult>(SnsService.Sns, "DeleteEndpoint", DeleteEndpoint);
        registry.Add<EndpointArnRequest, AttributesResult>(SnsService.Sns, "GetEndpointAttributes", GetEndpointAttributes);
        registry.Add<SetEndpointAttributesRequest, EmptyResult>(SnsService.Sns, "SetEndpointAttributes", SetEndpointAttributes);
        registry.Add<ListEndpointsByPlatformApplicationRequest, ListEndpointsByPlatformApplicationResult>(SnsService.Sns, "ListEndpointsByPlatformApplication", ListEndpoints);
    }

    private CreatePlatformApplicationResult CreateApplication(CreatePlatformApplicationRequest request, AwsRequestContext context)
    {
        if (request.Name is not { Length: >= 1 and <= 256 } name || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            throw SnsErrors.InvalidParameter("Name");
        if (!Platforms.Contains(request.Platform!)) throw SnsErrors.InvalidParameter("Platform");
        if (!request.Attributes!.ContainsKey("PlatformCredential"))
            throw SnsErrors.InvalidParameter("Attributes Reason: PlatformCredential attribute is required");
        var arn = new SnsArn(context.Region, context.AccountId, $"app/{request.Platform}/{name}").ToString();
        var application = store.Applications.GetOrAdd(arn, _ => new PlatformApplication(arn, name, request.Platform!, context.AccountId, context.Region));
        application.Attributes = application.Attributes.SetItems(request.Attributes);
        return new CreatePlatformApplicationResult { PlatformApplicationArn = arn };
    }

    private EmptyResult DeleteApplication(PlatformApplicationArnRequest request, AwsRequestContext context)
    {
        if (store.Applications.TryRemove(request.PlatformApplicationArn!, out var application))
            foreach (var endpoint in store.Endpoints.Values.Where(e => e.Application == application)) store.Endpoints.TryRemove(endpoint.Arn, out _);
        return EmptyResult.Instance;
    }

    private AttributesResult GetApplicationAttributes(PlatformApplicationArnRequest request, AwsRequestContext context) =>
        new() { Attributes = Visible(store.Application(request.PlatformApplicationArn).Attributes) };

    private EmptyResult SetApplicationAttributes(SetPlatformApplicationAttributesRequest request, AwsRequestContext context)
    {
        var application = store.Application(request.PlatformApplicationArn);
        application.Attributes = application.Attributes.SetItems(request.Attributes!);
        return EmptyResult.Instance;
    }

    private ListPlatformApplicationsResult ListApplications(ListPlatformApplicationsRequest request, AwsRequestContext context)
    {
        var mine = store.Applications.Values.Where(a => a.AccountId == context.AccountId && a.Region == context.Region);
        var (page, next) = Paging.Page(mine, a => a.Arn, request.NextToken, 15);
        return new ListPlatformApplicationsResult
        {
            PlatformApplications = page.Select(a => new PlatformApplicationEntry { PlatformApplicationArn = a.Arn, Attributes = Visible(a.Attributes) }).ToList(),
            NextToken = next,
        };
    }

    /// <summary>Creating an endpoint for a token the application already has returns that endpoint, unless its attributes differ.</summary>
    private CreatePlatformEndpointResult CreateEndpoint(CreatePlatformEndpointRequest request, AwsRequestContext context)
    {
        var application = store.Application(request.PlatformApplicationArn);
        if (string.IsNullOrEmpty(request.Token)) throw SnsErrors.InvalidParameter("Token Reason: Token must not be empty");
        var attributes = new Dictionary<string, string>(request.Attributes ?? [], StringComparer.Ordinal) { ["Token"] = request.Token };
        if (request.CustomUserData is not null) attributes["CustomUserData"] = request.CustomUserData;
        attributes.TryAdd("Enabled", "true");

        var existing = store.Endpoints.Values.FirstOrDefault(e => e.Application == application && e.Token == request.Token);
        if (existing is not null)
        {
            if (attributes.Any(a => existing.Attributes.GetValueOrDefault(a.Key) != a.Value))
                throw SnsErrors.InvalidParameter($"Token Reason: Endpoint {existing.Arn} already exists with the same Token, but different attributes.");
            return new CreatePlatformEndpointResult { EndpointArn = existing.Arn };
        }
        var arn = new SnsArn(application.Region, application.AccountId, $"endpoint/{application.Platform}/{application.Name}/{Guid.NewGuid()}").ToString();
        store.Endpoints[arn] = new PlatformEndpoint(arn, application) { Attributes = attributes.ToImmutableDictionary(StringComparer.Ordinal) };
        return new CreatePlatformEndpointResult { EndpointArn = arn };
    }

    private EmptyResult DeleteEndpoint(EndpointArnRequest request, AwsRequestContext context)
    {
        store.Endpoints.TryRemove(request.EndpointArn!, out _);
        return EmptyResult.Instance;
    }

    private AttributesResult GetEndpointAttributes(EndpointArnRequest request, AwsRequestContext context) =>
        new() { Attributes = new Dictionary<string, string>(store.Endpoint(request.EndpointArn).Attributes) };

    private EmptyResult SetEndpointAttributes(SetEndpointAttributesRequest request, AwsRequestContext context)
    {
        var endpoint = store.Endpoint(request.EndpointArn);
        if (request.Attributes!.TryGetValue("Enabled", out var enabled) && !bool.TryParse(enabled, out _))
            throw SnsErrors.InvalidParameter("Attributes Reason: Enabled must be true or false");
        endpoint.Attributes = endpoint.Attributes.SetItems(request.Attributes);
        return EmptyResult.Instance;
    }

    private ListEndpointsByPlatformApplicationResult ListEndpoints(ListEndpointsByPlatformApplicationRequest request, AwsRequestContext context)
    {
        var application = store.Application(request.PlatformApplicationArn);
        var (page, next) = Paging.Page(store.Endpoints.Values.Where(e => e.Application == application), e => e.Arn, request.NextToken, 100);
        return new ListEndpointsByPlatformApplicationResult
        {
            Endpoints = page.Select(e => new EndpointEntry { EndpointArn = e.Arn, Attributes = new Dictionary<string, string>(e.Attributes) }).ToList(),
            NextToken = next,
        };
    }

    private static Dictionary<string, string> Visible(ImmutableDictionary<string, string> attributes) =>
        attributes.Where(a => !SecretAttributes.Contains(a.Key)).ToDictionary(a => a.Key, a => a.Value);
}
