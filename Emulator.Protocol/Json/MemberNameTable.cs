using Emulator.Protocol.Shapes;
using Newtonsoft.Json;

namespace Emulator.Protocol.Json;

/// <summary>
/// The JSON property names of every known shape, so that the reader hands back these strings instead of allocating a
/// new one for each property it reads. Read without locks; a new shape replaces the whole table.
/// </summary>
internal sealed class MemberNameTable : JsonNameTable
{
    public static readonly MemberNameTable Instance = new();

    private readonly object _gate = new();
    private readonly HashSet<ShapeInfo> _known = [];
    private Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup =
        new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private MemberNameTable()
    {
    }

    public void Include(ShapeInfo shape)
    {
        if (shape.NamesShared) return;
        lock (_gate)
        {
            if (shape.NamesShared) return;
            var names = new Dictionary<string, string>(_lookup.Dictionary, StringComparer.Ordinal);
            Collect(shape, names);
            _lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
            shape.NamesShared = true;
        }
    }

    private void Collect(ShapeInfo shape, Dictionary<string, string> names)
    {
        if (!_known.Add(shape)) return;
        foreach (var member in shape.Members)
        {
            names.TryAdd(member.Name, member.Name);
            if (member.Shape is { } nested) Collect(nested, names);
        }
    }

    public override string? Get(char[] key, int start, int length) =>
        _lookup.TryGetValue(key.AsSpan(start, length), out var name) ? name : null;
}
