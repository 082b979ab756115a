using System.Collections.Immutable;
using Emulator.Protocol.Pipeline;
using Emulator.Sns.Platform;
using Emulator.Sns.Shapes;
using Emulator.Sns.Topics;

namespace Emulator.Sns.Operations;

/// <summary>Platform applications and their endpoints (mobile push); deliveries to them are recorded, not sent.</summary>
public sealed class PlatformOperations(PlatformStore store) : IOperationGroup
{
    private static readonly HashSet<string> Platforms = new(StringComparer.Ordinal)
    {
        "ADM", "APNS", "APNS_SANDBOX", "APNS_VOIP", "APNS_VOIP_SANDBOX", "BAIDU", "GCM", "MACOS", "MACOS_SANDBOX", "MPNS", "WNS",
    };

    /// <summary>Platforms whose credential (an API key) goes without a principal; the others need both.</summary>
    private static readonly HashSet<string> CredentialOnly = new(StringComparer.Ordinal) { "GCM" };

    private static readonly HashSet<string> EndpointAttributes = new(StringComparer.Ordinal) { "CustomUserData", "Enabled", "Token" };
    private const int MaxCustomUserDataBytes = 2048;

    /// <summary>Credentials are accepted but never given back by GetPlatformApplicationAttributes.</summary>
    private static readonly HashSet<string> SecretAttributes = new(StringComparer.Ordinal) { "PlatformCredential", "PlatformPrincipal" };

    public void Register(OperationRegistry registry)
    {
        registry.Add<CreatePlatformApplicationInput, CreatePlatformApplicationResponse>(SnsService.Sns, "CreatePlatformApplication", CreateApplication);
        registry.Add<DeletePlatformApplicationInput, EmptyResult>(SnsService.Sns, "DeletePlatformApplication", DeleteApplication);
        registry.Add<GetPlatformApplicationAttributesInput, GetPlatformApplicationAttributesResponse>(SnsService.Sns, "GetPlatformApplicationAttributes", GetApplicationAttributes);
        registry.Add<SetPlatformApplicationAttributesInput, EmptyResult>(SnsService.Sns, "SetPlatformApplicationAttributes", SetApplicationAttributes);
        registry.Add<ListPlatformApplicationsInput, ListPlatformApplicationsResponse>(SnsService.Sns, "ListPlatformApplications", ListApplications);
        registry.Add<CreatePlatformEndpointInput, CreateEndpointResponse>(SnsService.Sns, "CreatePlatformEndpoint", CreateEndpoint);
        registry.Add<DeleteEndpointInput, EmptyResult>(SnsService.Sns, "DeleteEndpoint", DeleteEndpoint);
        registry.Add<GetEndpointAttributesInput, GetEndpointAttributesResponse>(SnsService.Sns, "GetEndpointAttributes", GetEndpointAttributes);
        registry.Add<SetEndpointAttributesInput, EmptyResult>(SnsService.Sns, "SetEndpointAttributes", SetEndpointAttributes);
        registry.Add<ListEndpointsByPlatformApplicationInput, ListEndpointsByPlatformApplicationResponse>(SnsService.Sns, "ListEndpointsByPlatformApplication", ListEndpoints);
    }

    private CreatePlatformApplicationResponse CreateApplication(CreatePlatformApplicationInput request, AwsRequestContext context)
    {
        var name = request.Name ?? "";
        if (name.Length == 0) throw SnsErrors.InvalidParameter($"{name} Reason: cannot be empty");
        if (name.Length > 256) throw SnsErrors.InvalidParameter($"{name} Reason: must be at most 256 characters long");
        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            throw SnsErrors.InvalidParameter($"{name} Reason: must contain only characters 'a'-'z', 'A'-'Z', '0'-'9', '_', '-', and '.'");
        if (!Platforms.Contains(request.Platform!)) throw SnsErrors.InvalidParameter($"Platform Reason: {request.Platform} is not supported");
        var attributes = request.Attributes ?? throw SnsErrors.MustNotBeNull("attributes");
        var (principal, credential) = (attributes.ContainsKey("PlatformPrincipal"), attributes.ContainsKey("PlatformCredential"));
        if (!credential)
            throw SnsErrors.InvalidParameter(principal
                ? "Attributes Reason: PlatformPrincipal attribute provided without PlatformCredential"
                : "Attributes Reason: PlatformCredential attribute is required");
        if (!principal && !CredentialOnly.Contains(request.Platform!))
            throw SnsErrors.InvalidParameter("Attributes Reason: PlatformCredential attribute provided without PlatformPrincipal");
        var arn = new SnsArn(context.Region, context.AccountId, $"app/{request.Platform}/{name}").ToString();
        var application = store.AddOrGet(new PlatformApplication(arn, name, request.Platform!, context.AccountId, context.Region));
        application.SetAttributes(attributes);
        return new CreatePlatformApplicationResponse { PlatformApplicationArn = arn };
    }

    private EmptyResult DeleteApplication(DeletePlatformApplicationInput request, AwsRequestContext context)
    {
        store.RemoveApplication(request.PlatformApplicationArn!);
        return EmptyResult.Instance;
    }

    private GetPlatformApplicationAttributesResponse GetApplicationAttributes(GetPlatformApplicationAttributesInput request, AwsRequestContext context) =>
        new() { Attributes = Visible(store.Application(request.PlatformApplicationArn).Attributes) };

    private EmptyResult SetApplicationAttributes(SetPlatformApplicationAttributesInput request, AwsRequestContext context)
    {
        var attributes = request.Attributes ?? throw SnsErrors.MustNotBeNull("attributes");
        var application = store.Application(request.PlatformApplicationArn);
        application.SetAttributes(attributes);
        return EmptyResult.Instance;
    }

    private ListPlatformApplicationsResponse ListApplications(ListPlatformApplicationsInput request, AwsRequestContext context)
    {
        var (page, next) = Paging.Page(store.ApplicationsOf(context.AccountId, context.Region), a => a.Arn, request.NextToken, 15);
        return new ListPlatformApplicationsResponse
        {
            PlatformApplications = page.Select(a => new PlatformApplicationEntry { PlatformApplicationArn = a.Arn, Attributes = Visible(a.Attributes) }).ToList(),
            NextToken = next,
        };
    }

    /// <summary>Creating an endpoint for a token the application already has returns that endpoint, unless its attributes differ.</summary>
    private CreateEndpointResponse CreateEndpoint(CreatePlatformEndpointInput request, AwsRequestContext context)
    {
        var application = store.Application(request.PlatformApplicationArn);
        if (string.IsNullOrEmpty(request.Token)) throw SnsErrors.InvalidParameter("Token Reason: Token must not be empty");
        CheckEndpointAttributes(request.Attributes ?? []);
        if (request.CustomUserData is { } data) CheckEndpointAttributes(new() { ["CustomUserData"] = data });
        var attributes = new Dictionary<string, string>(request.Attributes ?? [], StringComparer.Ordinal) { ["Token"] = request.Token };
        if (request.CustomUserData is not null) attributes["CustomUserData"] = request.CustomUserData;
        attributes.TryAdd("Enabled", "true");

        var existing = store.EndpointsOf(application).FirstOrDefault(e => e.Token == request.Token);
        if (existing is not null)
        {
            if (attributes.Any(a => existing.Attributes.GetValueOrDefault(a.Key) != a.Value))
                throw SnsErrors.InvalidParameter($"Token Reason: Endpoint {existing.Arn} already exists with the same Token, but different attributes.");
            return new CreateEndpointResponse { EndpointArn = existing.Arn };
        }
        var arn = new SnsArn(application.Region, application.AccountId, $"endpoint/{application.Platform}/{application.Name}/{RandomUuid.New()}").ToString();
        store.Add(new PlatformEndpoint(arn, application, attributes));
        return new CreateEndpointResponse { EndpointArn = arn };
    }

    private EmptyResult DeleteEndpoint(DeleteEndpointInput request, AwsRequestContext context)
    {
        store.RemoveEndpoint(request.EndpointArn!);
        return EmptyResult.Instance;
    }

    private GetEndpointAttributesResponse GetEndpointAttributes(GetEndpointAttributesInput request, AwsRequestContext context) =>
        new() { Attributes = new Dictionary<string, string>(store.Endpoint(request.EndpointArn).Attributes) };

    private EmptyResult SetEndpointAttributes(SetEndpointAttributesInput request, AwsRequestContext context)
    {
        var endpoint = store.Endpoint(request.EndpointArn);
        var attributes = request.Attributes ?? throw SnsErrors.MustNotBeNull("attributes");
        CheckEndpointAttributes(attributes);
        endpoint.SetAttributes(attributes);
        return EmptyResult.Instance;
    }

    private ListEndpointsByPlatformApplicationResponse ListEndpoints(ListEndpointsByPlatformApplicationInput request, AwsRequestContext context)
    {
        var application = store.Application(request.PlatformApplicationArn);
        var (page, next) = Paging.Page(store.EndpointsOf(application), e => e.Arn, request.NextToken, 100);
        return new ListEndpointsByPlatformApplicationResponse
        {
            Endpoints = page.Select(e => new EndpointEntry { EndpointArn = e.Arn, Attributes = new Dictionary<string, string>(e.Attributes) }).ToList(),
            NextToken = next,
        };
    }

    private static void CheckEndpointAttributes(Dictionary<string, string> attributes)
    {
        foreach (var (name, value) in attributes)
        {
            if (!EndpointAttributes.Contains(name)) throw SnsErrors.InvalidParameter($"Attributes Reason: Invalid attribute name: {name}");
            if (name == "Enabled" && !bool.TryParse(value, out _)) throw SnsErrors.InvalidParameter("Attributes Reason: Enabled must be true or false");
            if (name == "CustomUserData" && System.Text.Encoding.UTF8.GetByteCount(value) > MaxCustomUserDataBytes)
                throw SnsErrors.InvalidParameter(
                    $"Attributes Reason: Invalid value for attribute: CustomUserData: must be at most {MaxCustomUserDataBytes} bytes long in UTF-8 encoding");
        }
    }

    private static Dictionary<string, string> Visible(ImmutableDictionary<string, string> attributes) =>
        attributes.Where(a => !SecretAttributes.Contains(a.Key)).ToDictionary(a => a.Key, a => a.Value);
}
