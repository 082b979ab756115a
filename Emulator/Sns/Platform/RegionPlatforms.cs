using System.Collections.Concurrent;

namespace Emulator.Sns.Platform;

/// <summary>The platform applications and endpoints of one account in one region, by ARN.</summary>
public sealed class RegionPlatforms : IRegionState
{
    public ConcurrentDictionary<string, PlatformApplication> Applications { get; } = new(StringComparer.Ordinal);
    public ConcurrentDictionary<string, PlatformEndpoint> Endpoints { get; } = new(StringComparer.Ordinal);

    public long Clear()
    {
        Applications.Clear();
        Endpoints.Clear();
        return 0;
    }
}
