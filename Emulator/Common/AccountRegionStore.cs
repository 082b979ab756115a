using System.Collections.Concurrent;

namespace Emulator.Common;

/// <summary>
/// A service's state, one <typeparamref name="TRegion"/> per account and region, made when first asked for: resources of
/// one account or region are invisible from another because they live apart, and a reset drops them all at once.
/// </summary>
public abstract class AccountRegionStore<TRegion> : IServiceState where TRegion : class, IRegionState, new()
{
    private readonly ConcurrentDictionary<(string AccountId, string Region), TRegion> _regions = new();

    /// <summary>The state of an account in a region, made empty when it does not exist yet.</summary>
    public TRegion Region(string accountId, string region) => _regions.GetOrAdd((accountId, region), static _ => new TRegion());

    /// <summary>The state of an account in a region, or null when nothing was ever made there.</summary>
    public TRegion? FindRegion(string accountId, string region) => _regions.GetValueOrDefault((accountId, region));

    public IEnumerable<TRegion> Regions => _regions.Values;

    public void Reset()
    {
        var dropped = _regions.Values.Sum(region => region.Clear());
        _regions.Clear();
        ReleasedMemory.Dropped(dropped);
    }
}
