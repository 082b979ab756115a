using System.Security.Cryptography;

namespace Emulator.Protocol.SigV4;

/// <summary>
/// The check of a streamed S3 payload as it arrives: against the literal <c>x-amz-content-sha256</c> the request was
/// signed with, or, for <c>STREAMING-AWS4-HMAC-SHA256-PAYLOAD</c>, each chunk's signature, chained from the request's.
/// </summary>
public sealed class PayloadSignature : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly string? _claimedHash;
    private readonly byte[]? _key;
    private readonly RequestSignature? _request;
    private string _previous = "";

    private PayloadSignature(string? claimedHash, byte[]? key, RequestSignature? request)
    {
        _claimedHash = claimedHash;
        _key = key;
        _request = request;
        _previous = request?.Signature ?? "";
    }

    public static PayloadSignature ContentHash(string claimedHash) => new(claimedHash, null, null);

    public static PayloadSignature Chunks(byte[] key, RequestSignature request) => new(null, key, request);

    /// <summary>More of the payload (of the current chunk, when chunks are signed).</summary>
    public void Append(ReadOnlySpan<byte> data) => _hash.AppendData(data);

    /// <summary>A chunk's data all came: its header's <paramref name="signature"/> must sign it, after the one before.</summary>
    public void ChunkEnded(string? signature)
    {
        if (_key is null || _request is null) return;
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        _hash.GetHashAndReset(hash);
        var stringToSign = StringToSign.ForChunk(_request.AmzDate, _request.Scope, _previous, Convert.ToHexStringLower(hash));
        if (signature is null || !StringToSign.Matches(_key, stringToSign, signature))
            throw S3AuthErrors.Instance.SignatureMismatch(new SignatureMismatch(_request.AccessKeyId, stringToSign, signature ?? "", null));
        _previous = signature;
    }

    /// <summary>All the payload came: a literal hash must be its hash.</summary>
    public void Completed()
    {
        if (_claimedHash is null) return;
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        _hash.GetHashAndReset(hash);
        var computed = Convert.ToHexStringLower(hash);
        if (!computed.Equals(_claimedHash, StringComparison.OrdinalIgnoreCase)) throw S3AuthErrors.ContentHashMismatch(_claimedHash, computed);
    }

    public void Dispose() => _hash.Dispose();
}
