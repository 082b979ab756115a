using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace Emulator.Hosting.Listening;

/// <summary>
/// The socket addresses to serve: those of ASP.NET Core's <c>urls</c> setting (<c>--urls</c>, <c>ASPNETCORE_URLS</c>,
/// several separated by <c>;</c>) when it is given, else <c>--bind</c> and <c>--port</c>. Host names mean what they
/// mean to Kestrel: <c>localhost</c> both loopbacks, <c>*</c>, <c>+</c> or any other name every interface.
/// </summary>
internal static class ListenAddresses
{
    public static IReadOnlyList<IPEndPoint> Read(IConfiguration configuration, EmulatorOptions options) =>
        configuration["urls"] is { Length: > 0 } urls
            ? urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).SelectMany(FromUrl).ToList()
            : FromHost(options.Bind, options.Port);

    private static IReadOnlyList<IPEndPoint> FromUrl(string url)
    {
        var address = BindingAddress.Parse(url);
        if (!address.Scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || address.IsUnixPipe || address.IsNamedPipe)
            throw new ArgumentException($"The emulator serves http://host:port addresses, not '{url}'.");
        return FromHost(address.Host, address.Port);
    }

    private static IReadOnlyList<IPEndPoint> FromHost(string host, int port)
    {
        if (IPAddress.TryParse(host, out var ip)) return [new IPEndPoint(ip, port)];
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
            return HasIpv6Loopback() ? [new IPEndPoint(IPAddress.Loopback, port), new IPEndPoint(IPAddress.IPv6Loopback, port)] : [new IPEndPoint(IPAddress.Loopback, port)];
        return [new IPEndPoint(Socket.OSSupportsIPv6 ? IPAddress.IPv6Any : IPAddress.Any, port)];
    }

    // Containers often run with IPv6 switched off, where binding ::1 would fail the whole start.
    private static bool HasIpv6Loopback() =>
        Socket.OSSupportsIPv6 && NetworkInterface.GetAllNetworkInterfaces()
            .Any(network => network.GetIPProperties().UnicastAddresses.Any(unicast => unicast.Address.Equals(IPAddress.IPv6Loopback)));
}
