using Emulator.Protocol.Errors;
using Emulator.Protocol.Routing;

namespace Emulator.Protocol.SigV4;

/// <summary>
/// How a service's front door answers a request it cannot authenticate. AWS words these per service family, not per
/// operation: S3 has its own codes (<see cref="S3AuthErrors"/>); services of the query era (SQS, SNS) answer the query
/// codes, SQS's JSON protocol included, and those born JSON (Kinesis, Firehose) the <c>...Exception</c> codes
/// (<see cref="ApiAuthErrors"/>).
/// </summary>
public abstract class AuthErrors
{
    public static AuthErrors For(AwsServiceDescriptor? service) =>
        service?.RestXml is not null ? S3AuthErrors.Instance
        : service is { SpeaksQuery: false } ? ApiAuthErrors.Json
        : ApiAuthErrors.Query;

    /// <summary>A request with neither an Authorization header nor a presigned query.</summary>
    public abstract AwsError Unsigned();

    public abstract AwsError UnknownAccessKey(string accessKeyId);

    public abstract AwsError SignatureMismatch(SignatureMismatch mismatch);

    /// <summary>The Authorization header lacks some of Credential, SignedHeaders and Signature (named in <paramref name="missing"/>).</summary>
    public abstract AwsError MissingHeaderParts(IReadOnlyList<string> missing, string header);

    /// <summary>A presigned query lacks some of the X-Amz-... parameters.</summary>
    public abstract AwsError MissingQueryParameters();

    /// <summary>A credential that is not <c>KEY/YYYYMMDD/REGION/SERVICE/aws4_request</c>.</summary>
    public abstract AwsError MalformedCredential(string credential, bool presigned);

    /// <summary>A signed request with no X-Amz-Date (or Date) it can be dated by, or one that is not a date.</summary>
    public abstract AwsError MissingDate(string? value, string header);

    /// <summary>An X-Amz-Expires that is not a number of seconds from 1 to a week.</summary>
    public abstract AwsError InvalidExpires(string value);

    /// <summary>A request dated more than <see cref="SigV4Verifier.MaxSkew"/> away from the emulator's clock.</summary>
    public abstract AwsError Skewed(DateTimeOffset signedAt, DateTimeOffset now);

    /// <summary>A presigned request used after its X-Amz-Date plus X-Amz-Expires.</summary>
    public abstract AwsError Expired(DateTimeOffset signedAt, int expiresSeconds, DateTimeOffset now);

    internal static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString(SigV4Verifier.DateFormat, System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>What a signature mismatch reports: S3 shows the string it signed and the canonical request it built.</summary>
public readonly record struct SignatureMismatch(string AccessKeyId, string StringToSign, string SignatureProvided, string? CanonicalRequest);
