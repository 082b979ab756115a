using System.Globalization;
using System.Numerics;

namespace Emulator.Kinesis.Streams;

/// <summary>
/// Sequence numbers as AWS writes them: decimal strings of 56 digits. They come from one counter per stream, so they
/// are unique in the stream, grow within each shard, and compare as numbers the way clients compare them.
/// </summary>
public static class SequenceNumbers
{
    private static readonly BigInteger Base = BigInteger.Parse("49500000000000000000000000000000000000000000000000000000", CultureInfo.InvariantCulture);

    public static UInt128 Make(ulong counter) => (UInt128)counter;

    public static string Format(UInt128 sequence) => (Base + (BigInteger)sequence).ToString(CultureInfo.InvariantCulture);

    /// <summary>The counter behind a sequence number; false when the text is not one this stream could have made.</summary>
    public static bool TryParse(string? text, out UInt128 sequence)
    {
        sequence = default;
        if (text is not { Length: > 0 and <= 128 } || !text.All(char.IsAsciiDigit)) return false;
        var value = BigInteger.Parse(text, CultureInfo.InvariantCulture) - Base;
        if (value < 0 || value > (BigInteger)UInt128.MaxValue) return false;
        sequence = (UInt128)value;
        return true;
    }
}
