namespace Emulator.Sns.Platform;

/// <summary>A platform application: its platform (GCM, APNS, ...) and attributes (credentials are stored, never shown).</summary>
/// <remarks>A new application is enabled, and AWS lists it so among its attributes.</remarks>
public sealed class PlatformApplication(string arn, string name, string platform, string accountId, string region)
    : PlatformResource(new Dictionary<string, string> { ["Enabled"] = "true" })
{
    public string Arn { get; } = arn;
    public string Name { get; } = name;
    public string Platform { get; } = platform;
    public string AccountId { get; } = accountId;
    public string Region { get; } = region;
}
