using Emulator.Protocol.Shapes;
using FsCheck;
using FsCheck.Fluent;

namespace Emulator.Tests.Fuzz;

/// <summary>
/// A request as a client could send it: some of the shape's members, each with a value of its kind (scalars as their
/// CLR values, lists as <see cref="List{T}"/>, maps as key-value pairs, structures as samples). The codecs' writers
/// turn it into each protocol's bytes, which the fuzz targets then send as they are or mutated.
/// </summary>
public sealed record ShapeSample(IReadOnlyList<(ShapeMember Member, object Value)> Members)
{
    private const int MaxDepth = 4;

    /// <summary>Texts that trip parsers: empty, long, non-ASCII, NUL, JSON, numbers past every range.</summary>
    public static readonly string[] OddStrings =
    [
        "", "a", "0", "-1", "true", new string('x', 300), "é☃𝄞", "\u0000", " ", "a b/c?d=e&f", "%", "{\"default\":\"x\"}",
        "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"*\"}]}", "[1,\"a\",null]", "<x/>",
        "arn:aws:sqs:us-east-1:000000000000:q", "http://127.0.0.1:9/", "2026-01-01T00:00:00Z", "1e400",
    ];

    /// <summary>Samples of <paramref name="shape"/>; strings are sometimes drawn from <paramref name="known"/> (names of existing resources).</summary>
    public static Gen<ShapeSample> Of(ShapeInfo shape, IReadOnlyList<string>? known = null) => Structure(shape, known ?? [], 1);

    private static Gen<ShapeSample> Structure(ShapeInfo shape, IReadOnlyList<string> known, int depth)
    {
        var members = shape.Members.Where(m => m.Kind != MemberKind.StreamingBlob && (depth < MaxDepth || !HasShape(m))).ToArray();
        if (members.Length == 0) return Gen.Constant(new ShapeSample([]));
        return Gen.CollectToList(members, member => Gen.Frequency(
                (member.Required ? 1 : 3, Gen.Constant<(ShapeMember, object)?>(null)),
                (member.Required ? 9 : 2, Value(member, member.Kind, known, depth).Select(v => ((ShapeMember, object)?)(member, v)))))
            .Select(values => new ShapeSample([.. values.OfType<(ShapeMember, object)>()]));
    }

    private static bool HasShape(ShapeMember member) => member.Kind is MemberKind.Structure or MemberKind.List or MemberKind.Map;

    private static Gen<object> Value(ShapeMember member, MemberKind kind, IReadOnlyList<string> known, int depth) => kind switch
    {
        MemberKind.Structure => Structure(member.Shape!, known, depth + 1).Select(s => (object)s),
        MemberKind.List => Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(Value(member, member.ElementKind, known, depth + 1), n))
            .Select(items => (object)items.ToList()),
        MemberKind.Map => Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(
                Text(known).Zip(Value(member, member.ElementKind, known, depth + 1), (k, v) => new KeyValuePair<string, object>(k, v)), n))
            .Select(entries => (object)entries.ToList()),
        MemberKind.String or MemberKind.Utf8Text => Text(known).Select(t => (object)t),
        MemberKind.Int32 => Gen.Frequency((3, Gen.Choose(-5, 100)), (1, Gen.Elements(int.MinValue, int.MaxValue, 1000, 262_144, 1_209_600)))
            .Select(i => (object)i),
        MemberKind.Int64 => Gen.Frequency((3, Gen.Choose(-5, 100).Select(i => (long)i)), (1, Gen.Elements(long.MinValue, long.MaxValue)))
            .Select(i => (object)i),
        MemberKind.Double => Gen.Elements(0d, 1.5, -1, 1e300, double.Epsilon).Select(d => (object)d),
        MemberKind.Boolean => Gen.Elements(true, false).Select(b => (object)b),
        MemberKind.Blob => Gen.ArrayOf(Gen.Choose(0, 255).Select(i => (byte)i)).Select(b => (object)b),
        MemberKind.Timestamp => Gen.Elements(DateTimeOffset.UnixEpoch, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(9999, 1, 1, 0, 0, 0, TimeSpan.Zero)).Select(t => (object)t),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static Gen<string> Text(IReadOnlyList<string> known)
    {
        var ascii = Gen.ArrayOf(Gen.Choose(32, 126).Select(c => (char)c)).Select(chars => new string(chars));
        return Gen.Frequency((1, Gen.Elements(OddStrings)), (2, ascii), (known.Count == 0 ? 0 : 3, Gen.Elements(known.DefaultIfEmpty(""))));
    }
}
