namespace Emulator.Common.Durability;

/// <summary>Records read back from the data directory or a snapshot, by kind.</summary>
public sealed class DurableRecords(IEnumerable<DurableRecord> records)
{
    private readonly ILookup<string, DurableRecord> _byKind = records.ToLookup(r => r.Kind, StringComparer.Ordinal);

    public static readonly DurableRecords None = new([]);

    public IEnumerable<DurableRecord> Of(string kind) => _byKind[kind];

    public int Count => _byKind.Sum(g => g.Count());
}
