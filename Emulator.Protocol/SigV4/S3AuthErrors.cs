using System.Globalization;
using System.Text;
using Emulator.Protocol.Errors;

namespace Emulator.Protocol.SigV4;

/// <summary>
/// S3's authentication errors (S3 API reference, "Error responses"; the presigned ones as LocalStack recorded them on AWS),
/// with the elements S3 adds beside the message: the access key, the string it signed, the server's time.
/// </summary>
public sealed class S3AuthErrors : AuthErrors
{
    public static S3AuthErrors Instance { get; } = new();

    private const string SignatureMessage =
        "The request signature we calculated does not match the signature you provided. Check your key and signing method.";

    private const string MalformedCredentialText = "the Credential is mal-formed; expecting \"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request\".";

    public override AwsError Unsigned() => new("AccessDenied", "Access Denied", 403);

    public override AwsError UnknownAccessKey(string accessKeyId) =>
        new AwsError("InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.", 403).With("AWSAccessKeyId", accessKeyId);

    public override AwsError SignatureMismatch(SignatureMismatch mismatch) => new AwsError("SignatureDoesNotMatch", SignatureMessage, 403)
        .With("AWSAccessKeyId", mismatch.AccessKeyId)
        .With("StringToSign", mismatch.StringToSign)
        .With("SignatureProvided", mismatch.SignatureProvided)
        .With("StringToSignBytes", Bytes(mismatch.StringToSign))
        .With("CanonicalRequest", mismatch.CanonicalRequest)
        .With("CanonicalRequestBytes", mismatch.CanonicalRequest is null ? null : Bytes(mismatch.CanonicalRequest));

    public override AwsError MissingHeaderParts(IReadOnlyList<string> missing, string header) => Malformed(
        $"the authorization header requires {string.Join(", ", missing)}.");

    public override AwsError MissingQueryParameters() => new("AuthorizationQueryParametersError",
        "Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, X-Amz-Date, " +
        "X-Amz-SignedHeaders, and X-Amz-Expires parameters.");

    public override AwsError MalformedCredential(string credential, bool presigned) => presigned
        ? new("AuthorizationQueryParametersError", "Error parsing the X-Amz-Credential parameter; " + MalformedCredentialText)
        : Malformed(MalformedCredentialText);

    public override AwsError MissingDate(string? value, string header) =>
        new("AccessDenied", "AWS authentication requires a valid Date or x-amz-date header", 403);

    public override AwsError InvalidExpires(string value) => new("AuthorizationQueryParametersError", int.TryParse(value, out _)
        ? "X-Amz-Expires must be less than a week (in seconds) that is, the given X-Amz-Expires must be less than 604800 seconds"
        : "X-Amz-Expires should be a number");

    public override AwsError Skewed(DateTimeOffset signedAt, DateTimeOffset now) =>
        new AwsError("RequestTimeTooSkewed", "The difference between the request time and the current time is too large.", 403)
            .With("RequestTime", Iso(signedAt))
            .With("ServerTime", ServerTime(now))
            .With("MaxAllowedSkewMilliseconds", ((long)SigV4Verifier.MaxSkew.TotalMilliseconds).ToString(CultureInfo.InvariantCulture));

    public override AwsError Expired(DateTimeOffset signedAt, int expiresSeconds, DateTimeOffset now) =>
        new AwsError("AccessDenied", "Request has expired", 403)
            .With("X-Amz-Expires", expiresSeconds.ToString(CultureInfo.InvariantCulture))
            .With("Expires", ServerTime(signedAt.AddSeconds(expiresSeconds)))
            .With("ServerTime", ServerTime(now));

    /// <summary>A literal <c>x-amz-content-sha256</c> that is not the hash of the body that came.</summary>
    public static AwsError ContentHashMismatch(string claimed, string computed) =>
        new AwsError("XAmzContentSHA256Mismatch", "The provided 'x-amz-content-sha256' header does not match what was computed.")
            .With("ClientComputedContentSHA256", claimed)
            .With("S3ComputedContentSHA256", computed);

    /// <summary>S3 needs to know how the payload was hashed: a header-signed request without <c>x-amz-content-sha256</c>.</summary>
    public static AwsError MissingContentHash() => new("InvalidRequest", "Missing required header for this request: x-amz-content-sha256");

    /// <summary>An <c>x-amz-content-sha256</c> that is neither a hash nor one of the names S3 knows.</summary>
    public static AwsError InvalidContentHash(string value) => new AwsError("InvalidArgument",
            "x-amz-content-sha256 must be UNSIGNED-PAYLOAD, STREAMING-UNSIGNED-PAYLOAD-TRAILER, STREAMING-AWS4-HMAC-SHA256-PAYLOAD, " +
            "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER, STREAMING-AWS4-ECDSA-P256-SHA256-PAYLOAD, STREAMING-AWS4-ECDSA-P256-SHA256-PAYLOAD-TRAILER " +
            "or a valid sha256 value.")
        .With("ArgumentName", "x-amz-content-sha256")
        .With("ArgumentValue", value);

    private static AwsError Malformed(string detail) => new("AuthorizationHeaderMalformed", "The authorization header is malformed; " + detail);

    private static string ServerTime(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The text's bytes in hex, space-separated, as S3 shows them.</summary>
    private static string Bytes(string text) => string.Join(' ', Encoding.UTF8.GetBytes(text).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
}
