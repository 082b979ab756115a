namespace Emulator.Tests.Fuzz;

/// <summary>The mutations of each body codec: its own tokens, and what nests in it.</summary>
public static class CodecMutations
{
    public static readonly Mutations Json = new(Mutations.Ascii(
        "\"", "{", "}", "[", "]", ":", ",", "null", "true", "-0", "1.5e3", "\\u0000", "\\ud800", "\\", "{\"a\":1}", "[[]]"), "["u8.ToArray());

    public static readonly Mutations Cbor = new([
        [0xFF], [0x9F], [0xBF], [0x5F], [0x7F], [0xF6], [0xF7], [0xC1], [0xC2], [0xFB, 0x7F, 0xF0, 0, 0, 0, 0, 0, 0],
        [0x1B, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF], [0x3B, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF],
        [0x7A, 0xFF, 0xFF, 0xFF, 0xFF], [0xA1, 0x61, 0x61], [0x61, 0xFF],
    ], [0x81]);

    public static readonly Mutations Query = new(Mutations.Ascii(
        "&", "=", "%", "%zz", "%C3%28", "+", ".1", ".member.1", ".entry.1.key=k", ".1.Name=n", ".0", ".1001", "Action=", "&&=="), ".1"u8.ToArray());
}
