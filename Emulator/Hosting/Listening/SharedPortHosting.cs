using System.Net;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Emulator.Hosting.Listening;

/// <summary>
/// Serves HTTP/1.1 and cleartext HTTP/2 with prior knowledge on the same ports. Kestrel alone cannot: it turns a
/// cleartext endpoint for both into an HTTP/1.1 one. So each port is a <see cref="SharedPort"/> that hands every
/// connection to one of two Kestrel endpoints, one per protocol.
/// </summary>
internal static class SharedPortHosting
{
    public static void ListenOnSharedPorts(this WebApplicationBuilder builder, IReadOnlyList<IPEndPoint> addresses)
    {
        builder.Services.AddSingleton<IStartupFilter, HostingUrlsRemoval>();
        builder.Services.AddSingleton<IConnectionListenerFactory, SharedPortListenerFactory>();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            foreach (var address in addresses)
            {
                var port = new SharedPort(address);
                kestrel.Listen(port.EndPointFor(HttpProtocols.Http1), listen => listen.Protocols = HttpProtocols.Http1);
                kestrel.Listen(port.EndPointFor(HttpProtocols.Http2), listen => listen.Protocols = HttpProtocols.Http2);
            }
        });
    }
}
