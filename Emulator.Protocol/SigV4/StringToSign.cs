using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Emulator.Protocol.SigV4;

/// <summary>
/// The strings SigV4 signs with the scope's key: a request's (its date, scope and canonical request hash) and each chunk's of
/// a streamed S3 payload (chained to the signature before it); and the check of a signature against one.
/// </summary>
public static class StringToSign
{
    /// <summary>The SHA-256 of no bytes, in hex.</summary>
    public const string EmptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    public static string ForRequest(string amzDate, string scope, string canonicalRequestHash) =>
        $"{RequestSignature.Algorithm}\n{amzDate}\n{scope}\n{canonicalRequestHash}";

    public static string ForChunk(string amzDate, string scope, string previousSignature, string chunkHash) =>
        $"{RequestSignature.Algorithm}-PAYLOAD\n{amzDate}\n{scope}\n{previousSignature}\n{EmptyHash}\n{chunkHash}";

    /// <summary>Whether <paramref name="signature"/> (hex) is the HMAC of <paramref name="stringToSign"/>, compared in fixed time.</summary>
    public static bool Matches(byte[] key, string stringToSign, string signature)
    {
        Span<byte> provided = stackalloc byte[HMACSHA256.HashSizeInBytes];
        if (signature.Length != 2 * provided.Length
            || Convert.FromHexString(signature, provided, out _, out _) != OperationStatus.Done)
            return false;
        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(stringToSign.Length));
        try
        {
            HMACSHA256.HashData(key, bytes.AsSpan(0, Encoding.UTF8.GetBytes(stringToSign, bytes)), expected);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
        return CryptographicOperations.FixedTimeEquals(expected, provided);
    }

    /// <summary>The SHA-256 of the text's UTF-8 bytes, in lower-case hex.</summary>
    public static string Sha256Hex(StringBuilder text)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = 0;
            foreach (var chunk in text.GetChunks()) length += Encoding.UTF8.GetBytes(chunk.Span, bytes.AsSpan(length));
            return Sha256Hex(bytes.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    public static string Sha256Hex(ReadOnlySpan<byte> data)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(data, hash);
        return Convert.ToHexStringLower(hash);
    }
}
