using System.Net.Sockets;
using System.Text;
using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Protocol;

/// <summary>A client that breaks its own request gets a client error or nothing, never a 500.</summary>
public class ClientFaultTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    [Fact]
    public async Task A_body_in_broken_chunks_is_a_400_not_a_500()
    {
        var answer = await RawAsync(
            "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-amz-json-1.0\r\nX-Amz-Target: AmazonSQS.ListQueues\r\n" +
            "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n", halfClose: false, firstLineOnly: true);

        Assert.StartsWith("HTTP/1.1 400", answer);
        await AssertNoServerErrorsAsync();
    }

    [Fact]
    public async Task A_body_that_ends_before_its_length_gets_a_client_error_or_nothing()
    {
        var answer = await RawAsync(
            "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-amz-json-1.0\r\nX-Amz-Target: AmazonSQS.ListQueues\r\n" +
            "Content-Length: 1000\r\n\r\n{\"QueueNamePrefix\"", halfClose: true);

        Assert.True(answer.Length == 0 || answer.StartsWith("HTTP/1.1 4", StringComparison.Ordinal), answer);
        await AssertNoServerErrorsAsync();
    }

    [Fact]
    public async Task A_connection_reset_mid_body_leaves_the_server_serving()
    {
        using (var client = new TcpClient())
        {
            await client.ConnectAsync(new Uri(server.BaseUrl).Host, new Uri(server.BaseUrl).Port);
            var stream = client.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes(
                "PUT /bucket/key HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100000\r\n\r\n" + new string('x', 1000)));
            client.Client.LingerState = new LingerOption(true, 0);
        }

        await AssertNoServerErrorsAsync();
    }

    private async Task AssertNoServerErrorsAsync()
    {
        using var http = server.CreateHttpClient();
        Assert.DoesNotContain("status=\"500\"", await http.GetStringAsync("/metrics"));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync("/_emulator/health")).StatusCode);
    }

    private async Task<string> RawAsync(string request, bool halfClose, bool firstLineOnly = false)
    {
        using var client = new TcpClient();
        var uri = new Uri(server.BaseUrl);
        await client.ConnectAsync(uri.Host, uri.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        if (halfClose) client.Client.Shutdown(SocketShutdown.Send);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return firstLineOnly ? await reader.ReadLineAsync(timeout.Token) ?? "" : await reader.ReadToEndAsync(timeout.Token);
    }
}
