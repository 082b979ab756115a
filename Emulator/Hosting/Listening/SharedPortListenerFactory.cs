using System.Net;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.Options;

namespace Emulator.Hosting.Listening;

/// <summary>
/// Kestrel's transport for <see cref="SharedPortEndPoint"/>s; every other endpoint is left to Kestrel's sockets.
/// Shared ports accept through Kestrel's socket transport too, configured as Kestrel configures its own, so that
/// connections get Kestrel's pooled receive buffers rather than a fresh array for every read.
/// </summary>
internal sealed class SharedPortListenerFactory(IOptions<SocketTransportOptions> sockets, ILoggerFactory loggers)
    : IConnectionListenerFactory, IConnectionListenerFactorySelector
{
    private readonly SocketTransportFactory _transport = new(sockets, loggers);

    public bool CanBind(EndPoint endpoint) => endpoint is SharedPortEndPoint;

    public async ValueTask<IConnectionListener> BindAsync(EndPoint endpoint, CancellationToken cancellationToken = default)
    {
        var share = (SharedPortEndPoint)endpoint;
        return await share.Port.ListenAsync(share.Protocol, _transport, cancellationToken);
    }
}
