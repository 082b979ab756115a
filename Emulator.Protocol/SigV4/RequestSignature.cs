using System.Globalization;
using Emulator.Protocol.Errors;
using Microsoft.AspNetCore.Http;

namespace Emulator.Protocol.SigV4;

/// <summary>
/// What a signed request claims: its credential scope, the headers it signed, its signature and when it was signed;
/// read from an <c>Authorization: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...</c> header or from a
/// presigned URL's <c>X-Amz-...</c> query parameters.
/// </summary>
public sealed record RequestSignature(
    string AccessKeyId,
    string Date,
    string Region,
    string Service,
    string SignedHeaders,
    string Signature,
    string AmzDate,
    DateTimeOffset SignedAt,
    int? ExpiresSeconds)
{
    public const string Algorithm = "AWS4-HMAC-SHA256";
    private const int MaxExpiresSeconds = 7 * 24 * 60 * 60;

    /// <summary>Presigned URLs carry their validity; header-signed requests do not.</summary>
    public bool Presigned => ExpiresSeconds is not null;

    public string Scope => $"{Date}/{Region}/{Service}/aws4_request";

    /// <summary>The request's signature; null when it carries none at all.</summary>
    /// <exception cref="AwsError">The signature is incomplete or malformed, worded by <paramref name="errors"/>.</exception>
    public static RequestSignature? Read(HttpRequest request, AuthErrors errors)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.Length > 0) return FromHeader(request, header, errors);
        var query = request.Query;
        return query.ContainsKey("X-Amz-Signature") || query.ContainsKey("X-Amz-Credential") || query.ContainsKey("X-Amz-Algorithm")
            ? FromQuery(query, errors)
            : null;
    }

    private static RequestSignature FromHeader(HttpRequest request, string header, AuthErrors errors)
    {
        string? credential = null, signedHeaders = null, signature = null;
        var parts = header.StartsWith(Algorithm + " ", StringComparison.Ordinal) ? header[(Algorithm.Length + 1)..] : "";
        foreach (var part in parts.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=');
            if (equals <= 0) continue;
            var value = part[(equals + 1)..].Trim();
            switch (part[..equals].Trim())
            {
                case "Credential": credential = value; break;
                case "SignedHeaders": signedHeaders = value; break;
                case "Signature": signature = value; break;
            }
        }
        if (credential is null || signedHeaders is null || signature is null)
            throw errors.MissingHeaderParts(
                [.. new[] { ("Credential", credential), ("Signature", signature), ("SignedHeaders", signedHeaders) }.Where(p => p.Item2 is null).Select(p => p.Item1)],
                header);
        var amzDate = request.Headers["X-Amz-Date"].ToString();
        DateTimeOffset signedAt;
        if (amzDate.Length > 0) signedAt = ParseDate(amzDate, errors, header);
        else if (DateTimeOffset.TryParse(request.Headers.Date.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out signedAt))
            amzDate = AuthErrors.Iso(signedAt);
        else throw errors.MissingDate(request.Headers.Date.Count > 0 ? request.Headers.Date.ToString() : null, header);
        return Create(credential, signedHeaders, signature, amzDate, signedAt, null, presigned: false, errors);
    }

    private static RequestSignature FromQuery(IQueryCollection query, AuthErrors errors)
    {
        string? Get(string name) => query.TryGetValue(name, out var value) && value.Count > 0 ? value.ToString() : null;
        var (algorithm, credential, amzDate, signedHeaders, signature, expires) =
            (Get("X-Amz-Algorithm"), Get("X-Amz-Credential"), Get("X-Amz-Date"), Get("X-Amz-SignedHeaders"), Get("X-Amz-Signature"), Get("X-Amz-Expires"));
        if (algorithm != Algorithm || credential is null || amzDate is null || signedHeaders is null || signature is null || expires is null)
            throw errors.MissingQueryParameters();
        if (!int.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds is < 1 or > MaxExpiresSeconds)
            throw errors.InvalidExpires(expires);
        return Create(credential, signedHeaders, signature, amzDate, ParseDate(amzDate, errors, ""), seconds, presigned: true, errors);
    }

    private static RequestSignature Create(string credential, string signedHeaders, string signature, string amzDate, DateTimeOffset signedAt,
        int? expires, bool presigned, AuthErrors errors)
    {
        var scope = credential.Split('/');
        if (scope is not [{ Length: > 0 } key, { Length: 8 } date, { Length: > 0 } region, { Length: > 0 } service, "aws4_request"])
            throw errors.MalformedCredential(credential, presigned);
        return new RequestSignature(key, date, region, service, signedHeaders, signature, amzDate, signedAt, expires);
    }

    private static DateTimeOffset ParseDate(string amzDate, AuthErrors errors, string header) =>
        DateTimeOffset.TryParseExact(amzDate, SigV4Verifier.DateFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : throw errors.MissingDate(amzDate, header);
}
