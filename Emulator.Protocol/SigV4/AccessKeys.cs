namespace Emulator.Protocol.SigV4;

/// <summary>
/// The access keys strict mode accepts, each with its secret: <c>KEY:SECRET[,KEY:SECRET...]</c>, or <c>test:test</c>
/// when none are given. A 12-digit key still names its account (see <see cref="SigV4Credential.AccountId"/>).
/// </summary>
public sealed class AccessKeys
{
    public const string Default = "test:test";

    private readonly Dictionary<string, string> _secrets;

    private AccessKeys(Dictionary<string, string> secrets) => _secrets = secrets;

    public IEnumerable<string> Ids => _secrets.Keys;

    /// <exception cref="ArgumentException">An entry is not <c>KEY:SECRET</c>.</exception>
    public static AccessKeys Parse(string? list)
    {
        var secrets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in (string.IsNullOrWhiteSpace(list) ? Default : list).Split(',',
                     StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = entry.IndexOf(':');
            if (colon <= 0 || colon == entry.Length - 1)
                throw new ArgumentException($"Credentials must be KEY:SECRET pairs separated by commas, not '{entry}'.");
            secrets[entry[..colon]] = entry[(colon + 1)..];
        }
        return new AccessKeys(secrets);
    }

    public string? SecretOf(string accessKeyId) => _secrets.GetValueOrDefault(accessKeyId);
}
