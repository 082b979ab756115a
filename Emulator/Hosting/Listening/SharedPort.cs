using System.Net;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Emulator.Hosting.Listening;

/// <summary>
/// One listening socket behind two Kestrel endpoints: a connection that opens with the HTTP/2 preface goes to the
/// HTTP/2 endpoint, any other to the HTTP/1.1 one. The socket opens, through Kestrel's own socket transport, when
/// Kestrel binds the first endpoint; it stops accepting once Kestrel has unbound both, and releases its buffers once
/// both are disposed.
/// </summary>
internal sealed class SharedPort(IPEndPoint address)
{
    private readonly Lock _sync = new();
    private readonly CancellationTokenSource _closing = new();
    private Task? _opening;
    private IConnectionListener? _sockets;
    private ProtocolListener? _http1;
    private ProtocolListener? _http2;
    private int _bound;
    private int _held;

    /// <summary>The address asked for; its port is 0 when any free port will do.</summary>
    public IPEndPoint Address => address;

    public SharedPortEndPoint EndPointFor(HttpProtocols protocol) => new(this, protocol);

    /// <summary>The listener for <paramref name="protocol"/>'s endpoint; the first call binds the socket through <paramref name="transport"/>.</summary>
    public async ValueTask<ProtocolListener> ListenAsync(HttpProtocols protocol, IConnectionListenerFactory transport, CancellationToken cancel)
    {
        Task opening;
        lock (_sync)
        {
            ObjectDisposedException.ThrowIf(_closing.IsCancellationRequested, this);
            opening = _opening ??= OpenAsync(transport, cancel);
        }
        await opening;
        lock (_sync)
        {
            _bound++;
            _held++;
        }
        return protocol == HttpProtocols.Http2 ? _http2! : _http1!;
    }

    public async ValueTask UnboundAsync()
    {
        lock (_sync)
        {
            if (--_bound > 0) return;
            _closing.Cancel();
        }
        await _sockets!.UnbindAsync();
    }

    public async ValueTask ReleasedAsync()
    {
        lock (_sync)
            if (--_held > 0) return;
        await _sockets!.DisposeAsync();
    }

    private async Task OpenAsync(IConnectionListenerFactory transport, CancellationToken cancel)
    {
        var sockets = await transport.BindAsync(address, cancel);
        (_sockets, _http1, _http2) = (sockets, new ProtocolListener(this, sockets.EndPoint), new ProtocolListener(this, sockets.EndPoint));
        _ = AcceptAsync(sockets);
    }

    private async Task AcceptAsync(IConnectionListener sockets)
    {
        // Null once the socket is unbound; the transport itself skips clients that reset before they were accepted.
        while (await sockets.AcceptAsync() is { } connection)
            _ = RouteAsync(connection);
    }

    private async Task RouteAsync(ConnectionContext connection)
    {
        var listener = await PrefaceSniffer.SniffAsync(connection.Transport.Input, _closing.Token) switch
        {
            HttpProtocols.Http2 => _http2!,
            HttpProtocols.Http1 => _http1!,
            _ => null,
        };
        if (listener is null || !listener.TryOffer(connection)) await connection.DisposeAsync();
    }
}
