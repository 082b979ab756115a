using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;

namespace Emulator.Hosting.Listening;

/// <summary>
/// One listening socket behind two Kestrel endpoints: a connection that opens with the HTTP/2 preface goes to the
/// HTTP/2 endpoint, any other to the HTTP/1.1 one. The socket opens when Kestrel binds the first endpoint, stops
/// accepting once Kestrel has unbound both, and releases its buffers once both are disposed.
/// </summary>
internal sealed class SharedPort(IPEndPoint address)
{
    private const int Backlog = 512;

    private readonly Lock _sync = new();
    private readonly CancellationTokenSource _closing = new();
    private Socket? _socket;
    private SocketConnectionContextFactory? _connections;
    private ProtocolListener? _http1;
    private ProtocolListener? _http2;
    private int _bound;
    private int _held;

    /// <summary>The address asked for; its port is 0 when any free port will do.</summary>
    public IPEndPoint Address => address;

    public SharedPortEndPoint EndPointFor(HttpProtocols protocol) => new(this, protocol);

    /// <summary>The listener for <paramref name="protocol"/>'s endpoint, opening the socket on the first call.</summary>
    public ProtocolListener Listen(HttpProtocols protocol, ILogger logger)
    {
        lock (_sync)
        {
            ObjectDisposedException.ThrowIf(_closing.IsCancellationRequested, this);
            if (_socket is null) Open(logger);
            _bound++;
            _held++;
            return protocol == HttpProtocols.Http2 ? _http2! : _http1!;
        }
    }

    public void Unbound()
    {
        lock (_sync)
        {
            if (--_bound > 0) return;
            _closing.Cancel();
            _socket!.Dispose();
        }
    }

    public void Released()
    {
        lock (_sync)
            if (--_held == 0) _connections!.Dispose();
    }

    private void Open(ILogger logger)
    {
        var socket = Bind(address);
        socket.Listen(Backlog);
        var bound = socket.LocalEndPoint!;
        (_socket, _connections) = (socket, new SocketConnectionContextFactory(new SocketConnectionFactoryOptions(), logger));
        (_http1, _http2) = (new ProtocolListener(this, bound), new ProtocolListener(this, bound));
        _ = AcceptAsync(socket);
    }

    private static Socket Bind(IPEndPoint address)
    {
        try
        {
            return SocketTransportOptions.CreateDefaultBoundListenSocket(address);
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            throw new AddressInUseException(e.Message, e);
        }
    }

    private async Task AcceptAsync(Socket socket)
    {
        while (!_closing.IsCancellationRequested)
        {
            try
            {
                _ = RouteAsync(await socket.AcceptAsync(_closing.Token));
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
            catch (SocketException)
            {
                // A client that reset its connection before it was accepted; the next one is unaffected.
            }
        }
    }

    private async Task RouteAsync(Socket socket)
    {
        try
        {
            var listener = await PrefaceSniffer.SniffAsync(socket, _closing.Token) switch
            {
                HttpProtocols.Http2 => _http2!,
                HttpProtocols.Http1 => _http1!,
                _ => null,
            };
            if (listener is null)
            {
                socket.Dispose();
                return;
            }
            socket.NoDelay = true;
            var connection = _connections!.Create(socket);
            if (!listener.TryOffer(connection)) await connection.DisposeAsync();
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            socket.Dispose();
        }
    }
}
