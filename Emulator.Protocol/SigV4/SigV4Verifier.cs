using System.Text;
using Emulator.Protocol.Routing;
using Microsoft.AspNetCore.Http;

namespace Emulator.Protocol.SigV4;

/// <summary>
/// Strict mode's check of a request's SigV4 signature, in AWS's order: a signature is there and complete, its access
/// key is known, it is dated within <see cref="MaxSkew"/> of the emulator's clock (a presigned URL: not past its
/// expiry), and it signs the request as received. Other services sign the hash of the body; S3 signs what
/// <c>x-amz-content-sha256</c> says, and a literal hash or signed chunks are then checked against the payload.
/// </summary>
public sealed class SigV4Verifier(AccessKeys keys, TimeProvider clock)
{
    public const string DateFormat = "yyyyMMdd'T'HHmmss'Z'";

    public static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(15);

    private const string UnsignedPayload = "UNSIGNED-PAYLOAD";
    private const string SignedChunks = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD";

    private readonly SigningKeys _keys = new(keys);

    [ThreadStatic] private static StringBuilder? _canonical;

    /// <param name="unsigned">Whether the operation is one AWS serves without a signature.</param>
    /// <param name="body">The body as read; empty when it streams.</param>
    /// <returns>The check of a streamed S3 payload, if its data remains to be checked.</returns>
    /// <exception cref="Errors.AwsError">The service's authentication error.</exception>
    public PayloadSignature? Verify(HttpRequest request, AwsServiceDescriptor? service, bool unsigned, ReadOnlySpan<byte> body, bool streaming)
    {
        var errors = AuthErrors.For(service);
        var s3 = errors is S3AuthErrors;
        var signature = RequestSignature.Read(request, errors);
        if (signature is null) return unsigned ? null : throw errors.Unsigned();
        var key = _keys.For(signature.AccessKeyId, signature.Date, signature.Region, signature.Service)
                  ?? throw errors.UnknownAccessKey(signature.AccessKeyId);
        CheckTime(signature, errors);

        var payloadHash = s3 ? S3PayloadHash(request, signature) : StringToSign.Sha256Hex(body);
        var canonical = _canonical ??= new StringBuilder(1024);
        canonical.Clear();
        CanonicalRequest.Write(canonical, request, signature, s3, payloadHash);
        var stringToSign = StringToSign.ForRequest(signature.AmzDate, signature.Scope, StringToSign.Sha256Hex(canonical));
        if (!StringToSign.Matches(key, stringToSign, signature.Signature))
            throw errors.SignatureMismatch(new SignatureMismatch(signature.AccessKeyId, stringToSign, signature.Signature, canonical.ToString()));
        return s3 ? PayloadCheck(payloadHash, key, signature, body, streaming) : null;
    }

    private void CheckTime(RequestSignature signature, AuthErrors errors)
    {
        var now = clock.GetUtcNow();
        if (signature.ExpiresSeconds is { } expires)
        {
            if (now > signature.SignedAt.AddSeconds(expires)) throw errors.Expired(signature.SignedAt, expires, now);
        }
        else if ((now - signature.SignedAt).Duration() > MaxSkew)
        {
            throw errors.Skewed(signature.SignedAt, now);
        }
    }

    /// <summary>A presigned URL's payload is unsigned unless it says otherwise; a signed header must say.</summary>
    private static string S3PayloadHash(HttpRequest request, RequestSignature signature)
    {
        if (signature.Presigned) return request.Query["X-Amz-Content-Sha256"] is { Count: > 0 } value ? value.ToString() : UnsignedPayload;
        var header = request.Headers["x-amz-content-sha256"].ToString();
        return header.Length > 0 ? header : throw S3AuthErrors.MissingContentHash();
    }

    private static PayloadSignature? PayloadCheck(string payloadHash, byte[] key, RequestSignature signature, ReadOnlySpan<byte> body, bool streaming)
    {
        if (IsSha256(payloadHash))
        {
            if (streaming) return PayloadSignature.ContentHash(payloadHash);
            var computed = StringToSign.Sha256Hex(body);
            return computed.Equals(payloadHash, StringComparison.OrdinalIgnoreCase) ? null : throw S3AuthErrors.ContentHashMismatch(payloadHash, computed);
        }
        if (payloadHash.StartsWith(SignedChunks, StringComparison.Ordinal)) return streaming ? PayloadSignature.Chunks(key, signature) : null;
        return payloadHash.StartsWith("STREAMING-", StringComparison.Ordinal) || payloadHash == UnsignedPayload
            ? null
            : throw S3AuthErrors.InvalidContentHash(payloadHash);
    }

    private static bool IsSha256(string value) => value.Length == 64 && value.All(char.IsAsciiHexDigit);
}
