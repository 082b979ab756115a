namespace Emulator.Sns.Platform;

/// <summary>A device endpoint of a platform application: its token, Enabled flag and custom data.</summary>
public sealed class PlatformEndpoint(string arn, PlatformApplication application, IReadOnlyDictionary<string, string> attributes)
    : PlatformResource(attributes)
{
    public string Arn { get; } = arn;
    public PlatformApplication Application { get; } = application;

    public bool Enabled => !string.Equals(Attributes.GetValueOrDefault("Enabled"), "false", StringComparison.OrdinalIgnoreCase);
    public string Token => Attributes.GetValueOrDefault("Token") ?? "";
}
