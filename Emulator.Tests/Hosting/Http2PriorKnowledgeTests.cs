using System.Net;
using System.Net.Sockets;
using System.Text;
using Emulator.Hosting;
using Emulator.Hosting.Listening;
using Emulator.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Emulator.Tests.Hosting;

/// <summary>HTTP/1.1 and cleartext HTTP/2 with prior knowledge (h2c) on the emulator's one port.</summary>
public class Http2PriorKnowledgeTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Http2_with_prior_knowledge_is_served_over_http()
    {
        using var http = CreateClient(server.BaseUrl, HttpVersion.Version20);
        using var response = await http.GetAsync("/_emulator/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpVersion.Version20, response.Version);
        Assert.Contains("running", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Http1_is_served_on_the_same_port()
    {
        using var http = CreateClient(server.BaseUrl, HttpVersion.Version11);
        using var response = await http.GetAsync("/_emulator/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpVersion.Version11, response.Version);
    }

    [Fact]
    public async Task Kinesis_json_is_served_over_http2()
    {
        using var http = CreateClient(server.BaseUrl, HttpVersion.Version20);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/")
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new StringContent("{}", Encoding.UTF8),
        };
        request.Headers.Add("X-Amz-Target", "Kinesis_20131202.ListStreams");
        request.Content.Headers.ContentType = new("application/x-amz-json-1.1");
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpVersion.Version20, response.Version);
        Assert.Contains("\"StreamNames\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_client_that_sends_nothing_holds_up_no_one()
    {
        using var silent = await ConnectAsync();
        using var alsoSilent = await ConnectAsync();
        await alsoSilent.SendAsync("PRI * HTTP/2.0\r\n"u8.ToArray());

        using var http1 = CreateClient(server.BaseUrl, HttpVersion.Version11);
        using var http2 = CreateClient(server.BaseUrl, HttpVersion.Version20);
        Assert.Equal(HttpStatusCode.OK, (await http1.GetAsync("/_emulator/health").WaitAsync(Patience)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http2.GetAsync("/_emulator/health").WaitAsync(Patience)).StatusCode);
    }

    [Fact]
    public async Task A_client_that_stays_silent_is_disconnected_after_the_time_limit()
    {
        using var silent = await ConnectAsync();
        var started = DateTime.UtcNow;
        Assert.Empty(await ReadToEndAsync(silent, PrefaceSniffer.TimeLimit + Patience));
        Assert.True(DateTime.UtcNow - started >= PrefaceSniffer.TimeLimit - TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Garbage_gets_a_400_and_the_connection_closed()
    {
        using var client = await ConnectAsync();
        await client.SendAsync(new byte[] { 0x16, 0x03, 0x01, 0x00, 0xff, 0x01, 0x00, 0x00, (byte)'\r', (byte)'\n', (byte)'\r', (byte)'\n' });
        var reply = Encoding.ASCII.GetString(await ReadToEndAsync(client, Patience));
        Assert.True(reply.Length == 0 || reply.StartsWith("HTTP/1.1 400"), reply);
    }

    [Fact]
    public async Task Garbage_after_the_http2_preface_closes_the_connection()
    {
        using var client = await ConnectAsync();
        await client.SendAsync((byte[])[.. Http2Preface.Bytes, .. "this is not an HTTP/2 frame at all"u8]);
        await ReadToEndAsync(client, Patience);
    }

    [Fact]
    public async Task A_preface_that_arrives_in_pieces_is_recognised()
    {
        using var client = await ConnectAsync();
        var preface = Http2Preface.Bytes.ToArray();
        await client.SendAsync(preface.AsMemory(0, 1));
        await Task.Delay(100);
        await client.SendAsync(preface.AsMemory(1, 10));
        await Task.Delay(100);
        await client.SendAsync(preface.AsMemory(11));

        // The server's first frame is its SETTINGS frame: a 9-byte header whose fourth byte is the frame type, 0x4.
        var header = new byte[9];
        using var timeout = new CancellationTokenSource(Patience);
        await client.ReceiveAsync(header, SocketFlags.None, timeout.Token);
        Assert.Equal(0x4, header[3]);
    }

    [Fact]
    public async Task Every_url_is_served_with_both_protocols()
    {
        await using var app = EmulatorHost.Build(["--urls", "http://127.0.0.1:0;http://127.0.0.1:0", "--log-level", "Warning"]);
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Distinct().ToList();

        Assert.Equal(2, addresses.Count);
        foreach (var address in addresses)
        {
            Assert.Matches(@"^http://127\.0\.0\.1:[1-9][0-9]*$", address);
            foreach (var version in new[] { HttpVersion.Version11, HttpVersion.Version20 })
            {
                using var http = CreateClient(address, version);
                using var response = await http.GetAsync("/_emulator/health");
                Assert.Equal(version, response.Version);
            }
        }
    }

    private static HttpClient CreateClient(string baseUrl, Version version) => new()
    {
        BaseAddress = new Uri(baseUrl),
        DefaultRequestVersion = version,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        Timeout = TimeSpan.FromSeconds(30),
    };

    private async Task<Socket> ConnectAsync()
    {
        var uri = new Uri(server.BaseUrl);
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(IPAddress.Loopback, uri.Port);
        return socket;
    }

    /// <summary>Everything the server sends until it closes the connection; fails if it is still open after <paramref name="limit"/>.</summary>
    private static async Task<byte[]> ReadToEndAsync(Socket socket, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        var received = new MemoryStream();
        var buffer = new byte[4096];
        try
        {
            while (await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token) is var count and > 0)
                received.Write(buffer, 0, count);
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionReset)
        {
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"The server kept the connection open for {limit}.");
        }
        return received.ToArray();
    }
}
