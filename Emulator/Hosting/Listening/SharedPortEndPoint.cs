using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Emulator.Hosting.Listening;

/// <summary>One protocol's share of a <see cref="SharedPort"/>: what a Kestrel endpoint is bound to.</summary>
internal sealed class SharedPortEndPoint(SharedPort port, HttpProtocols protocol) : EndPoint
{
    public SharedPort Port => port;

    public HttpProtocols Protocol => protocol;

    public override AddressFamily AddressFamily => port.Address.AddressFamily;

    public override string ToString() => $"{port.Address} ({protocol})";
}
