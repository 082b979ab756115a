using Emulator.Protocol.Errors;

namespace Emulator.Protocol.SigV4;

/// <summary>
/// Authentication errors of the query and JSON services, as the AWS common errors reference and answers recorded from
/// AWS word them: the query family (SQS, SNS) answers <c>InvalidClientTokenId</c> and <c>SignatureDoesNotMatch</c> with 403,
/// the JSON family (Kinesis, Firehose) <c>UnrecognizedClientException</c> and <c>InvalidSignatureException</c> with 400.
/// A request dated too far from the clock is a signature error in both: "Signature expired: ... (... - 15 min.)".
/// </summary>
public sealed class ApiAuthErrors : AuthErrors
{
    private readonly bool _json;

    private ApiAuthErrors(bool json) => _json = json;

    public static ApiAuthErrors Query { get; } = new(json: false);
    public static ApiAuthErrors Json { get; } = new(json: true);

    private int Status => _json ? 400 : 403;

    private string SignatureCode => _json ? "InvalidSignatureException" : "SignatureDoesNotMatch";

    public override AwsError Unsigned() => _json
        ? new("MissingAuthenticationTokenException", "Request is missing Authentication Token")
        : new("MissingAuthenticationToken", "Request is missing Authentication Token", 403);

    public override AwsError UnknownAccessKey(string accessKeyId) =>
        new(_json ? "UnrecognizedClientException" : "InvalidClientTokenId", "The security token included in the request is invalid.", Status);

    public override AwsError SignatureMismatch(SignatureMismatch mismatch) => new(SignatureCode,
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. " +
        "Consult the service documentation for details.", Status);

    public override AwsError MissingHeaderParts(IReadOnlyList<string> missing, string header) =>
        Incomplete(string.Concat(missing.Select(part => $"Authorization header requires '{part}' parameter. ")) + $"Authorization={header}");

    public override AwsError MissingQueryParameters() => Incomplete(
        "AWS query-string parameters must include 'X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Signature', 'X-Amz-SignedHeaders' " +
        "and 'X-Amz-Date'. Re-examine the query-string parameters.");

    public override AwsError MalformedCredential(string credential, bool presigned) => Incomplete(
        $"Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '{credential}'");

    public override AwsError MissingDate(string? value, string header) => Incomplete(value is null
        ? $"Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization={header}"
        : $"Date must be in ISO-8601 'basic format'. Got '{value}'. See http://en.wikipedia.org/wiki/ISO_8601");

    public override AwsError InvalidExpires(string value) =>
        Incomplete($"X-Amz-Expires must be a number of seconds from 1 to 604800, not '{value}'.");

    public override AwsError Skewed(DateTimeOffset signedAt, DateTimeOffset now) => new(SignatureCode, signedAt < now
        ? $"Signature expired: {Iso(signedAt)} is now earlier than {Iso(now - SigV4Verifier.MaxSkew)} ({Iso(now)} - 15 min.)"
        : $"Signature not yet current: {Iso(signedAt)} is still later than {Iso(now + SigV4Verifier.MaxSkew)} ({Iso(now)} + 15 min.)", Status);

    public override AwsError Expired(DateTimeOffset signedAt, int expiresSeconds, DateTimeOffset now) =>
        new("RequestExpired", $"Request has expired. Expired at {Iso(signedAt.AddSeconds(expiresSeconds))}, now {Iso(now)}.");

    private AwsError Incomplete(string message) => new(_json ? "IncompleteSignatureException" : "IncompleteSignature", message);
}
