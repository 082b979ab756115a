using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Emulator.Tests.Fuzz;

/// <summary>
/// Byte-level mutations of a valid input, as a coverage-less fuzzer makes them: bits flipped, bytes inserted, deleted
/// or duplicated, the input cut short, and the codec's own tokens (quotes, brackets, separators, type bytes), huge
/// numbers, invalid UTF-8 and deep nesting spliced in.
/// </summary>
public sealed class Mutations(IReadOnlyList<byte[]> tokens, byte[] nesting)
{
    /// <summary>Tokens that break any codec: numbers past every integer and floating-point range, text that is not UTF-8.</summary>
    private static readonly byte[][] Common =
    [
        "99999999999999999999999999999"u8.ToArray(), "-9223372036854775809"u8.ToArray(), "1e400"u8.ToArray(), "-1e-400"u8.ToArray(),
        "NaN"u8.ToArray(), "0x10"u8.ToArray(), [0xC3, 0x28], [0xFF, 0xFE], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0],
    ];

    public Gen<byte[]> Of(byte[] valid) =>
        Gen.Choose(1, 4).SelectMany(count => Gen.ListOf(Mutation, count)).Select(steps => steps.Aggregate(valid, (bytes, step) => step(bytes)));

    private Gen<Func<byte[], byte[]>> Mutation => Gen.Frequency(
        (3, from at in Position from bit in Gen.Choose(0, 7) select Step((b, i) => FlipBit(b, i, bit), at)),
        (2, from at in Position from inserted in Gen.ArrayOf(Gen.Choose(0, 255).Select(i => (byte)i), 4) select Step((b, i) => Insert(b, i, inserted), at)),
        (2, from at in Position from count in Gen.Choose(1, 16) select Step((b, i) => Delete(b, i, count), at)),
        (1, from at in Position select Step((b, i) => b[..i], at)),
        (2, from at in Position from source in Position from count in Gen.Choose(1, 64) select Step((b, i) => Duplicate(b, i, source, count), at)),
        (4, from at in Position from token in Gen.Elements([.. tokens, .. Common]) select Step((b, i) => Insert(b, i, token), at)),
        (1, from at in Position from depth in Gen.Choose(100, 20_000) select Step((b, i) => Insert(b, i, Repeat(nesting, depth)), at)));

    /// <summary>A position somewhere in the input (its end included), drawn as a fraction so that it fits any length.</summary>
    private static Gen<int> Position => Gen.Choose(0, int.MaxValue);

    private static Func<byte[], byte[]> Step(Func<byte[], int, byte[]> mutate, int position) =>
        bytes => mutate(bytes, (int)((long)position * (bytes.Length + 1) / ((long)int.MaxValue + 1)));

    private static byte[] FlipBit(byte[] bytes, int at, int bit)
    {
        if (at >= bytes.Length) return bytes;
        var flipped = bytes.ToArray();
        flipped[at] ^= (byte)(1 << bit);
        return flipped;
    }

    private static byte[] Insert(byte[] bytes, int at, byte[] inserted) => [.. bytes.AsSpan(0, at), .. inserted, .. bytes.AsSpan(at)];

    private static byte[] Delete(byte[] bytes, int at, int count) => [.. bytes.AsSpan(0, at), .. bytes.AsSpan(Math.Min(bytes.Length, at + count))];

    /// <summary>A copy of a run of the input inserted elsewhere: a member given twice, a repeated header or chunk.</summary>
    private static byte[] Duplicate(byte[] bytes, int at, int from, int count)
    {
        var start = (int)((long)from * bytes.Length / ((long)int.MaxValue + 1));
        return Insert(bytes, at, bytes[start..Math.Min(bytes.Length, start + count)]);
    }

    private static byte[] Repeat(byte[] unit, int times)
    {
        var repeated = new byte[unit.Length * times];
        for (var i = 0; i < times; i++) unit.CopyTo(repeated, i * unit.Length);
        return repeated;
    }

    public static byte[][] Ascii(params string[] tokens) => [.. tokens.Select(Encoding.UTF8.GetBytes)];
}
