using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Emulator.Sns.Platform;

/// <summary>Platform applications (mobile push credentials) and their device endpoints, by ARN.</summary>
public sealed class PlatformStore
{
    public ConcurrentDictionary<string, PlatformApplication> Applications { get; } = new(StringComparer.Ordinal);
    public ConcurrentDictionary<string, PlatformEndpoint> Endpoints { get; } = new(StringComparer.Ordinal);

    public PlatformApplication Application(string? arn) =>
        arn is not null && Applications.TryGetValue(arn, out var application)
            ? application
            : throw (arn is not null && arn.Contains(":app/") ? SnsErrors.NotFound("PlatformApplication does not exist") : SnsErrors.InvalidParameter("PlatformApplicationArn Reason: Wrong number of slashes in relative portion of the ARN."));

    public PlatformEndpoint Endpoint(string? arn) =>
        arn is not null && Endpoints.TryGetValue(arn, out var endpoint)
            ? endpoint
            : throw (arn is not null && arn.Contains(":endpoint/") ? SnsErrors.NotFound("Endpoint does not exist") : SnsErrors.InvalidParameter("EndpointArn Reason: Wrong number of slashes in relative portion of the ARN."));

    public void Clear()
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
    public ImmutableDictionary<string, string> Attributes { get; set; } = ImmutableDictionary<string, string>.Empty;
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
