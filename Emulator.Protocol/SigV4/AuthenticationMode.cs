namespace Emulator.Protocol.SigV4;

/// <summary>
/// Whether requests must be signed: by default signatures are not verified (any key names its account); in strict mode
/// (<c>--auth strict</c>) every AWS request must carry a valid SigV4 signature by one of <see cref="Keys"/>, and services
/// enforce resource policies that only matter between authenticated callers.
/// </summary>
public sealed class AuthenticationMode
{
    private AuthenticationMode(AccessKeys? keys) => Keys = keys;

    public static AuthenticationMode Open { get; } = new(null);

    public static AuthenticationMode Strict(AccessKeys keys) => new(keys);

    /// <summary>The accepted keys in strict mode; null when signatures are not verified.</summary>
    public AccessKeys? Keys { get; }

    public bool IsStrict => Keys is not null;
}
