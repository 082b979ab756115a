using System.Globalization;

namespace Emulator.Kinesis.Streams;

/// <summary>
/// Sequence numbers as AWS writes them: decimal strings of 56 digits. They come from one counter per stream, so they
/// are unique in the stream, grow within each shard, and compare as numbers the way clients compare them. The text
/// is a fixed "495" followed by the counter in 53 digits, which no 128-bit counter can overflow.
/// </summary>
public static class SequenceNumbers
{
    private const string Prefix = "495";
    private const int CounterDigits = 53;

    public static string Format(UInt128 sequence) =>
        // 128-bit formatting is slow and every record read or written needs its number: counters that fit 64 bits
        // (all of them, in practice) take the fast path.
        sequence <= ulong.MaxValue
            ? string.Create(Prefix.Length + CounterDigits, (ulong)sequence, static (text, counter) =>
            {
                Prefix.CopyTo(text);
                text[Prefix.Length..^20].Fill('0');
                counter.TryFormat(text[^20..], out _, "D20", CultureInfo.InvariantCulture);
            })
            : Prefix + sequence.ToString("D53", CultureInfo.InvariantCulture);

    /// <summary>
    /// Whether <paramref name="text"/>, a decimal number without leading zeros (as the model's pattern has it), is
    /// greater than the sequence number of <paramref name="sequence"/>.
    /// </summary>
    public static bool IsAfter(string text, UInt128 sequence)
    {
        var formatted = Format(sequence);
        return text.Length != formatted.Length ? text.Length > formatted.Length : string.CompareOrdinal(text, formatted) > 0;
    }

    /// <summary>The counter behind a sequence number; false when the text is not one this stream could have made.</summary>
    public static bool TryParse(string? text, out UInt128 sequence)
    {
        sequence = default;
        return text is { Length: 56 } && text.StartsWith(Prefix, StringComparison.Ordinal)
               && text.AsSpan(Prefix.Length).Length == CounterDigits
               && UInt128.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out sequence);
    }
}
