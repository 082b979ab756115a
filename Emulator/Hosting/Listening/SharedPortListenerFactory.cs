using System.Net;
using Microsoft.AspNetCore.Connections;

namespace Emulator.Hosting.Listening;

/// <summary>Kestrel's transport for <see cref="SharedPortEndPoint"/>s; every other endpoint is left to Kestrel's sockets.</summary>
internal sealed class SharedPortListenerFactory(ILoggerFactory loggers) : IConnectionListenerFactory, IConnectionListenerFactorySelector
{
    // Kestrel's own name for its socket transport, so that one logging filter covers both.
    private readonly ILogger _logger = loggers.CreateLogger("Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets");

    public bool CanBind(EndPoint endpoint) => endpoint is SharedPortEndPoint;

    public ValueTask<IConnectionListener> BindAsync(EndPoint endpoint, CancellationToken cancellationToken = default)
    {
        var share = (SharedPortEndPoint)endpoint;
        return ValueTask.FromResult<IConnectionListener>(share.Port.Listen(share.Protocol, _logger));
    }
}
