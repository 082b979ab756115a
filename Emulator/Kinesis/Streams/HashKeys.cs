using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace Emulator.Kinesis.Streams;

/// <summary>
/// The 128-bit hash key space that shards divide between them: a record's key is the MD5 of its partition key read
/// as a big-endian unsigned number, or its ExplicitHashKey.
/// </summary>
public static class HashKeys
{
    // A one-shot hash sets up a native digest context on every call; for short partition keys, reusing one context
    // per thread is a quarter faster, and every stored record pays for this hash.
    [ThreadStatic] private static IncrementalHash? t_md5;

    public static UInt128 Of(string partitionKey)
    {
        // Partition keys are at most 256 characters: their UTF-8 bytes fit on the stack.
        Span<byte> utf8 = stackalloc byte[Encoding.UTF8.GetMaxByteCount(partitionKey.Length)];
        var length = Encoding.UTF8.GetBytes(partitionKey, utf8);
        Span<byte> digest = stackalloc byte[16];
        var md5 = t_md5 ??= IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        md5.AppendData(utf8[..length]);
        md5.GetHashAndReset(digest);
        return BinaryPrimitives.ReadUInt128BigEndian(digest);
    }

    public static bool TryParse(string? text, out UInt128 key) =>
        UInt128.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out key);

    public static string Format(UInt128 key) => key.ToString(CultureInfo.InvariantCulture);

    /// <summary>The starting keys of <paramref name="count"/> equal ranges over the whole space: <c>i × 2^128 / count</c>.</summary>
    public static UInt128[] EvenStarts(int count)
    {
        var space = BigInteger.One << 128;
        var starts = new UInt128[count];
        for (var i = 0; i < count; i++) starts[i] = (UInt128)(space * i / count);
        return starts;
    }
}
