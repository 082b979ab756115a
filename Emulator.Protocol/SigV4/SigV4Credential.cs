namespace Emulator.Protocol.SigV4;

/// <summary>
/// The parts of a SigV4 credential the emulator uses: access key, region and service from the credential
/// scope <c>AKID/20240101/us-east-1/sqs/aws4_request</c>. Strict mode verifies the signature too (<see cref="SigV4Verifier"/>).
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
        var scope = header.AsSpan(start + CredentialMarker.Length);
        var end = scope.IndexOfAny(',', ' ');
        return FromScope(end < 0 ? scope : scope[..end]);
    }

    /// <summary>Reads the credential of a presigned URL's <c>X-Amz-Credential</c> parameter.</summary>
    public static SigV4Credential? FromScope(string? scope) => string.IsNullOrEmpty(scope) ? null : FromScope(scope.AsSpan());

    private static SigV4Credential? FromScope(ReadOnlySpan<char> scope)
    {
        Span<Range> parts = stackalloc Range[5];
        var count = scope.Split(parts, '/');
        if (count == 0 || scope[parts[0]].IsEmpty) return null;
        return new SigV4Credential(scope[parts[0]].ToString(), Part(scope, parts, count, 2), Part(scope, parts, count, 3));
    }

    private static string? Part(ReadOnlySpan<char> scope, Span<Range> parts, int count, int index) =>
        count > index && scope[parts[index]].Length > 0 ? scope[parts[index]].ToString() : null;

    /// <summary>A 12-digit access key id doubles as the account id; any other key is the default account.</summary>
    public string AccountId => IsAccountId(AccessKeyId) ? AccessKeyId : DefaultAccountId;

    public const string DefaultAccountId = "000000000000";

    public static bool IsAccountId(string value) => value.Length == 12 && value.All(char.IsAsciiDigit);
}
