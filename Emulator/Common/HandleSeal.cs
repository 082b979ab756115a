using System.Security.Cryptography;

namespace Emulator.Common;

/// <summary>
/// Seals the handles the emulator gives out (SQS receipt handles, Kinesis shard iterators) with an HMAC under a key made
/// at start, so that a handle cannot be made up from a message id, nor an iterator's position or expiry moved: a changed
/// or invented one fails as invalid. Handles from another run of the emulator are invalid too.
/// </summary>
public static class HandleSeal
{
    public const int TagLength = 16;

    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    /// <summary>The body followed by its tag.</summary>
    public static byte[] Seal(ReadOnlySpan<byte> body)
    {
        var sealedBytes = new byte[body.Length + TagLength];
        body.CopyTo(sealedBytes);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(Key, body, mac);
        mac[..TagLength].CopyTo(sealedBytes.AsSpan(body.Length));
        return sealedBytes;
    }

    /// <summary>The body of a sealed handle, or false when the tag does not match.</summary>
    public static bool TryOpen(ReadOnlySpan<byte> sealedBytes, out ReadOnlySpan<byte> body)
    {
        body = default;
        if (sealedBytes.Length <= TagLength) return false;
        var candidate = sealedBytes[..^TagLength];
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(Key, candidate, mac);
        if (!CryptographicOperations.FixedTimeEquals(mac[..TagLength], sealedBytes[^TagLength..])) return false;
        body = candidate;
        return true;
    }
}
