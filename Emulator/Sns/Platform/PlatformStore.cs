using Emulator.Sns.Topics;

namespace Emulator.Sns.Platform;

/// <summary>Platform applications (mobile push credentials) and their device endpoints, by account and region, then ARN.</summary>
public sealed class PlatformStore : AccountRegionStore<RegionPlatforms>
{
    public IEnumerable<PlatformApplication> ApplicationsOf(string accountId, string region) =>
        FindRegion(accountId, region)?.Applications.Values ?? [];

    /// <summary>Adds the application, or answers the one that already has its ARN.</summary>
    public PlatformApplication AddOrGet(PlatformApplication created) =>
        Region(created.AccountId, created.Region).Applications.GetOrAdd(created.Arn, created);

    /// <summary>Removes the application and its endpoints.</summary>
    public void RemoveApplication(string arn)
    {
        if (RegionOf(arn) is not { } region || !region.Applications.TryRemove(arn, out var application)) return;
        foreach (var endpoint in EndpointsOf(application)) region.Endpoints.TryRemove(endpoint.Arn, out _);
    }

    /// <summary>The application an ARN (<c>...:app/PLATFORM/name</c>) names: InvalidParameter when malformed, NotFound when unknown.</summary>
    public PlatformApplication Application(string? arn)
    {
        CheckSlashes(arn, "PlatformApplicationArn", 2);
        return RegionOf(arn!)?.Applications.GetValueOrDefault(arn!) ?? throw SnsErrors.NotFound("PlatformApplication does not exist");
    }

    public IEnumerable<PlatformEndpoint> EndpointsOf(PlatformApplication application) =>
        FindRegion(application.AccountId, application.Region)?.Endpoints.Values.Where(e => e.Application == application) ?? [];

    public void Add(PlatformEndpoint endpoint) =>
        Region(endpoint.Application.AccountId, endpoint.Application.Region).Endpoints[endpoint.Arn] = endpoint;

    public void RemoveEndpoint(string arn) => RegionOf(arn)?.Endpoints.TryRemove(arn, out _);

    /// <summary>The endpoint an ARN (<c>...:endpoint/PLATFORM/app/id</c>) names: InvalidParameter when malformed, NotFound when unknown.</summary>
    public PlatformEndpoint Endpoint(string? arn)
    {
        CheckSlashes(arn, "EndpointArn", 3);
        return FindEndpoint(arn!) ?? throw SnsErrors.NotFound("Endpoint does not exist");
    }

    public PlatformEndpoint? FindEndpoint(string arn) => RegionOf(arn)?.Endpoints.GetValueOrDefault(arn);

    private static void CheckSlashes(string? arn, string parameter, int slashes)
    {
        if (SnsArn.Parse(arn, parameter).Resource.Count(c => c == '/') != slashes)
            throw SnsErrors.InvalidParameter($"{parameter} Reason: Wrong number of slashes in relative portion of the ARN.");
    }

    private RegionPlatforms? RegionOf(string arn) => SnsArn.TryParse(arn, out var parsed) ? FindRegion(parsed.AccountId, parsed.Region) : null;
}
