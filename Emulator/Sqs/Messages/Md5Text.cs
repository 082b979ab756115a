using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Emulator.Sqs.Messages;

/// <summary>An MD5 digest held as a 128-bit number (16 bytes instead of a 32-character string) and its hex text.</summary>
public static class Md5Text
{
    public static UInt128 Hash(ReadOnlySpan<byte> data)
    {
        Span<byte> digest = stackalloc byte[16];
        MD5.HashData(data, digest);
        return BinaryPrimitives.ReadUInt128BigEndian(digest);
    }

    public static string Format(UInt128 digest)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(bytes, digest);
        return Convert.ToHexStringLower(bytes);
    }
}
