using Emulator.Hosting;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Emulator.Sns.Topics;

namespace Emulator.Sns.Platform;

/// <summary>Platform applications (mobile push credentials) and their device endpoints, by ARN.</summary>
public sealed class PlatformStore : IServiceState
{
    public ConcurrentDictionary<string, PlatformApplication> Applications { get; } = new(StringComparer.Ordinal);
    public ConcurrentDictionary<string, PlatformEndpoint> Endpoints { get; } = new(StringComparer.Ordinal);

    /// <summary>The application an ARN (<c>...:app/PLATFORM/name</c>) names: InvalidParameter when malformed, NotFound when unknown.</summary>
    public PlatformApplication Application(string? arn)
    {
        CheckSlashes(arn, "PlatformApplicationArn", 2);
        return Applications.GetValueOrDefault(arn!) ?? throw SnsErrors.NotFound("PlatformApplication does not exist");
    }

    /// <summary>The endpoint an ARN (<c>...:endpoint/PLATFORM/app/id</c>) names: InvalidParameter when malformed, NotFound when unknown.</summary>
    public PlatformEndpoint Endpoint(string? arn)
    {
        CheckSlashes(arn, "EndpointArn", 3);
        return Endpoints.GetValueOrDefault(arn!) ?? throw SnsErrors.NotFound("Endpoint does not exist");
    }

    private static void CheckSlashes(string? arn, string parameter, int slashes)
    {
        if (SnsArn.Parse(arn, parameter).Resource.Count(c => c == '/') != slashes)
            throw SnsErrors.InvalidParameter($"{parameter} Reason: Wrong number of slashes in relative portion of the ARN.");
    }

    public void Reset()
    {
        Applications.Clear();
        Endpoints.Clear();
    }
}

/// <summary>A platform application: its platform (GCM, APNS, ...) and attributes (credentials are stored, never shown).</summary>
public sealed class PlatformApplication(string arn, string name, string platform, string accountId, string region)
{
    public string Arn { get; } = arn;
    public string Name { get; } = name;
    public string Platform { get; } = platform;
    public string AccountId { get; } = accountId;
    public string Region { get; } = region;

    /// <summary>A new application is enabled, and AWS lists it so among its attributes.</summary>
    public ImmutableDictionary<string, string> Attributes { get; set; } = ImmutableDictionary<string, string>.Empty.Add("Enabled", "true");
}

/// <summary>A device endpoint of a platform application: its token, Enabled flag and custom data.</summary>
public sealed class PlatformEndpoint(string arn, PlatformApplication application)
{
    public string Arn { get; } = arn;
    public PlatformApplication Application { get; } = application;
    public ImmutableDictionary<string, string> Attributes { get; set; } = ImmutableDictionary<string, string>.Empty;
    public bool Enabled => !string.Equals(Attributes.GetValueOrDefault("Enabled"), "false", StringComparison.OrdinalIgnoreCase);
    public string Token => Attributes.GetValueOrDefault("Token") ?? "";
}
