namespace Emulator.Common;

/// <summary>What a service keeps for one account in one region (see <see cref="AccountRegionStore{TRegion}"/>).</summary>
public interface IRegionState
{
    /// <summary>Forgets everything; answers the bytes of stored bodies dropped, so that a large drop hands memory back.</summary>
    long Clear();
}
