namespace Emulator.Common;

/// <summary>
/// Where SNS HTTP/S subscriptions and Firehose HTTP destinations may deliver: anywhere by default, or only to the hosts
/// of <c>--deliver-to</c> (<c>host</c>, <c>host:port</c> or <c>*.domain</c>, comma-separated) when it is given, so that a
/// shared emulator cannot be made to send requests into its network. A refused delivery fails like an unreachable one.
/// </summary>
public sealed class OutboundTargets(IReadOnlyList<string> allowed)
{
    public const string Refusal = "the endpoint is not among the emulator's --deliver-to hosts";

    public static OutboundTargets Read(IConfiguration configuration) => new(
        configuration.Setting("deliver-to", "deliver_to")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? []);

    public bool Allows(string? url) =>
        allowed.Count == 0 || url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && allowed.Any(pattern => Matches(uri, pattern));

    private static bool Matches(Uri uri, string pattern)
    {
        var (host, port) = pattern.LastIndexOf(':') is var colon and > 0 && int.TryParse(pattern[(colon + 1)..], out var p)
            ? (pattern[..colon], (int?)p)
            : (pattern, null);
        if (port is { } wanted && wanted != uri.Port) return false;
        return host.StartsWith("*.", StringComparison.Ordinal)
            ? uri.Host.EndsWith(host[1..], StringComparison.OrdinalIgnoreCase)
            : uri.Host.Equals(host.Trim('[', ']'), StringComparison.OrdinalIgnoreCase) || uri.IdnHost.Equals(host, StringComparison.OrdinalIgnoreCase);
    }
}
