using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Emulator.Sns.Filtering.Matchers;

/// <summary>
/// IP address literals as AWS reads them: dotted-quad IPv4 or colon-separated IPv6, nothing looser
/// (<see cref="IPAddress.TryParse(string, out IPAddress)"/> alone would also take "1" or "0x7f.1").
/// </summary>
internal static partial class IpAddressText
{
    public static bool LooksLikeAddress(string text) => Ipv4().IsMatch(text) || Ipv6().IsMatch(text);

    public static byte[]? Parse(string text)
    {
        if (!LooksLikeAddress(text) || !IPAddress.TryParse(text, out var address)) return null;
        return address.AddressFamily is AddressFamily.InterNetwork or AddressFamily.InterNetworkV6 ? address.GetAddressBytes() : null;
    }

    [GeneratedRegex(@"^[0-9]{1,3}(\.[0-9]{1,3}){3}$")]
    private static partial Regex Ipv4();

    [GeneratedRegex(@"^[0-9a-fA-F:]*:[0-9a-fA-F:]*(:[0-9]{1,3}(\.[0-9]{1,3}){3})?$")]
    private static partial Regex Ipv6();
}
