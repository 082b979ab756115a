using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;

namespace Emulator.Tests.Infrastructure;

/// <summary>
/// An HTTP/1.1 endpoint on a fixed loopback port that answers every POST with 200, keeps its connections alive as web
/// servers do, and hands each POST to the test. <see cref="Restart"/> is a server that goes down and comes back on the
/// same port: each connection the old one accepted dies when the next request reaches it, as happens when the server
/// went down just as the request was sent.
/// </summary>
public sealed class HttpSubscriber : IDisposable
{
    private static readonly byte[] Ok = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"u8.ToArray();

    private readonly Channel<ReceivedPost> _posts = Channel.CreateUnbounded<ReceivedPost>();
    private readonly CancellationTokenSource _disposed = new();
    private TcpListener _listener;
    private int _generation;

    public HttpSubscriber(int port)
    {
        Port = port;
        _listener = Listen();
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/sns";

    /// <summary>A loopback port that nothing listens on.</summary>
    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public void Restart()
    {
        _listener.Stop();
        Interlocked.Increment(ref _generation);
        _listener = Listen();
    }

    /// <summary>The next POST to arrive; a <see cref="TimeoutException"/> when none does within <paramref name="within"/>.</summary>
    public async Task<ReceivedPost> NextAsync(TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        try
        {
            return await _posts.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No POST reached {Url} within {within.TotalSeconds} s.");
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _disposed.Cancel();
        _disposed.Dispose();
    }

    private TcpListener Listen()
    {
        var listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Start();
        _ = AcceptAsync(listener, Volatile.Read(ref _generation));
        return listener;
    }

    private async Task AcceptAsync(TcpListener listener, int generation)
    {
        try
        {
            while (true) _ = ServeAsync(await listener.AcceptSocketAsync(), generation);
        }
        catch (Exception stopped) when (stopped is SocketException or ObjectDisposedException)
        {
        }
    }

    private async Task ServeAsync(Socket socket, int generation)
    {
        using (socket)
        {
            var buffer = new byte[16 * 1024];
            try
            {
                while (true)
                {
                    // Waits for a request without reading it: closed with the request unread, the connection is reset.
                    await socket.ReceiveAsync(Memory<byte>.Empty, SocketFlags.None, _disposed.Token);
                    if (generation != Volatile.Read(ref _generation)) return;
                    if (await ReadAsync(socket, buffer) is not { } post) return;
                    await socket.SendAsync(Ok);
                    _posts.Writer.TryWrite(post);
                }
            }
            catch (Exception gone) when (gone is SocketException or OperationCanceledException or ObjectDisposedException)
            {
            }
        }
    }

    /// <summary>One request: its headers, then as many body bytes as its Content-Length says; null at the end of the connection.</summary>
    private static async Task<ReceivedPost?> ReadAsync(Socket socket, byte[] buffer)
    {
        var length = 0;
        int headEnd;
        while ((headEnd = buffer.AsSpan(0, length).IndexOf("\r\n\r\n"u8)) < 0)
            if (!await FillAsync()) return null;
        var headers = Encoding.ASCII.GetString(buffer, 0, headEnd).Split("\r\n").Skip(1)
            .Select(line => line.Split(':', 2))
            .ToDictionary(pair => pair[0].Trim(), pair => pair[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var bodyStart = headEnd + 4;
        var end = bodyStart + int.Parse(headers.GetValueOrDefault("Content-Length", "0"));
        while (length < end)
            if (!await FillAsync()) return null;
        return new ReceivedPost(headers, Encoding.UTF8.GetString(buffer, bodyStart, end - bodyStart));

        async Task<bool> FillAsync()
        {
            if (length == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
            var read = await socket.ReceiveAsync(buffer.AsMemory(length));
            length += read;
            return read > 0;
        }
    }
}

/// <summary>One POST an <see cref="HttpSubscriber"/> received.</summary>
public sealed record ReceivedPost(IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string MessageType => Headers.GetValueOrDefault("x-amz-sns-message-type", "");
}
