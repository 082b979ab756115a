namespace Emulator.Common.Durability;

/// <summary>
/// A service's state that outlives the process in durable mode (<c>--data-dir</c>) and goes into snapshots: it writes
/// its changes to the <see cref="Journal"/> as they happen, hands over all its records for a snapshot, and is rebuilt
/// from records at start-up or when a snapshot is loaded.
/// </summary>
public interface IDurableState
{
    /// <summary>The record kinds this state owns.</summary>
    IReadOnlyList<string> Kinds { get; }

    /// <summary>Every record of the state as it stands (each resource consistent in itself).</summary>
    /// <param name="selfContained">
    /// For a snapshot file, which any emulator may load: records carry everything. Otherwise they are what the data
    /// directory keeps, and may name its files (S3's object data).
    /// </param>
    IEnumerable<DurableRecord> Capture(bool selfContained);

    /// <summary>Rebuilds the state from records of its kinds, into an empty state, without journaling them again.</summary>
    void Restore(DurableRecords records);
}
