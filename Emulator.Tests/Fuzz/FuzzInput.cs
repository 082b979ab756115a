using System.Text;

namespace Emulator.Tests.Fuzz;

/// <summary>Bytes a fuzz target decodes, and what they were made for; shown readably (escaped, cut if long) when a case fails.</summary>
public sealed record FuzzInput(string Target, byte[] Bytes)
{
    private const int Shown = 2000;

    public override string ToString() => $"{Target}: {Escaped(Bytes)}";

    /// <summary>Printable ASCII as it is, other bytes as <c>\xNN</c>; runs longer than is useful to read are cut.</summary>
    public static string Escaped(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder();
        foreach (var b in bytes[..Math.Min(bytes.Length, Shown)])
            text.Append(b is >= 32 and < 127 and not (byte)'\\' ? (char)b : $"\\x{b:x2}");
        if (bytes.Length > Shown) text.Append($"... ({bytes.Length} bytes)");
        return text.ToString();
    }
}
