using System.Net.Sockets;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Emulator.Hosting.Listening;

/// <summary>
/// Learns whether a freshly accepted socket speaks HTTP/1.x or HTTP/2 by peeking at its first bytes, which stay in the
/// socket for Kestrel to read.
/// </summary>
internal static class PrefaceSniffer
{
    /// <summary>A client that sends nothing (or only part of the preface) for this long is disconnected.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan LongestPause = TimeSpan.FromMilliseconds(50);

    /// <summary>The protocol, or null when the client closed, failed or stayed silent past <see cref="TimeLimit"/>.</summary>
    public static async Task<HttpProtocols?> SniffAsync(Socket socket, CancellationToken closing)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(closing);
        limit.CancelAfter(TimeLimit);
        var received = new byte[Http2Preface.Length];
        var pause = TimeSpan.FromMilliseconds(1);
        try
        {
            while (true)
            {
                var count = await socket.ReceiveAsync(received, SocketFlags.Peek, limit.Token);
                if (count == 0) return null;
                if (Http2Preface.Classify(received.AsSpan(0, count)) is { } protocol) return protocol;

                // A peek returns at once while any bytes wait, so a preface that arrives in pieces is polled, not awaited.
                await Task.Delay(pause, limit.Token);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            return null;
        }
    }
}
