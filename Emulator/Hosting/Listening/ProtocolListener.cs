using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Connections;

namespace Emulator.Hosting.Listening;

/// <summary>What one Kestrel endpoint sees of a <see cref="SharedPort"/>: the connections that speak its protocol.</summary>
internal sealed class ProtocolListener(SharedPort port, EndPoint boundAddress) : IConnectionListener
{
    private readonly Channel<ConnectionContext> _connections =
        Channel.CreateUnbounded<ConnectionContext>(new UnboundedChannelOptions { SingleReader = true });
    private int _disposed;

    /// <summary>The socket's own address, with the real port when port 0 was asked for; Kestrel reports it as the server's address.</summary>
    public EndPoint EndPoint => boundAddress;

    /// <summary>Queues a connection for Kestrel; false once this listener is unbound.</summary>
    public bool TryOffer(ConnectionContext connection) => _connections.Writer.TryWrite(connection);

    public async ValueTask<ConnectionContext?> AcceptAsync(CancellationToken cancellationToken = default)
    {
        while (await _connections.Reader.WaitToReadAsync(cancellationToken))
            if (_connections.Reader.TryRead(out var connection)) return connection;
        return null;
    }

    public async ValueTask UnbindAsync(CancellationToken cancellationToken = default)
    {
        if (_connections.Writer.TryComplete()) await port.UnboundAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        await UnbindAsync();
        while (_connections.Reader.TryRead(out var connection)) await connection.DisposeAsync();
        await port.ReleasedAsync();
    }
}
