namespace Emulator.Protocol.SigV4;

/// <summary>
/// The parts of a SigV4 credential the emulator uses: access key, region and service from the credential
/// scope <c>AKID/20240101/us-east-1/sqs/aws4_request</c>. Signatures are not verified.
/// </summary>
public readonly record struct SigV4Credential(string AccessKeyId, string? Region, string? Service)
{
    private const string CredentialMarker = "Credential=";

    /// <summary>Reads the credential from an <c>Authorization: AWS4-HMAC-SHA256 Credential=...</c> header.</summary>
    public static SigV4Credential? FromAuthorizationHeader(string? header)
    {
        if (string.IsNullOrEmpty(header)) return null;
        var start = header.IndexOf(CredentialMarker, StringComparison.Ordinal);
        if (start < 0) return null;
        start += CredentialMarker.Length;
        var end = header.IndexOfAny([',', ' '], start);
        return FromScope(end < 0 ? header[start..] : header[start..end]);
    }

    /// <summary>Reads the credential of a presigned URL's <c>X-Amz-Credential</c> parameter.</summary>
    public static SigV4Credential? FromScope(string? scope)
    {
        if (string.IsNullOrEmpty(scope)) return null;
        var parts = scope.Split('/');
        if (parts.Length == 0 || parts[0].Length == 0) return null;
        return new SigV4Credential(
            parts[0],
            parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null,
            parts.Length > 3 && parts[3].Length > 0 ? parts[3] : null);
    }

    /// <summary>A 12-digit access key id doubles as the account id; any other key is the default account.</summary>
    public string AccountId => IsAccountId(AccessKeyId) ? AccessKeyId : DefaultAccountId;

    public const string DefaultAccountId = "000000000000";

    public static bool IsAccountId(string value) => value.Length == 12 && value.All(char.IsAsciiDigit);
}
