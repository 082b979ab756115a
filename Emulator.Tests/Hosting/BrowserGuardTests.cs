using System.Net;
using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Hosting;

/// <summary>
/// Web pages and DNS rebinding cannot reach the emulator unless allowed; SDKs, the CLI and pages on this machine can.
/// </summary>
public class BrowserGuardTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    [Theory]
    [InlineData("localhost", HttpStatusCode.OK)]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    [InlineData("[::1]", HttpStatusCode.OK)]
    [InlineData("10.1.2.3", HttpStatusCode.OK)]
    [InlineData("emulator", HttpStatusCode.OK)]
    [InlineData("fixtures.localhost", HttpStatusCode.OK)]
    [InlineData("s3.localhost.localstack.cloud", HttpStatusCode.OK)]
    [InlineData("attacker.example", HttpStatusCode.Forbidden)]
    [InlineData("localhost.attacker.example", HttpStatusCode.Forbidden)]
    public async Task Only_host_names_a_stranger_cannot_point_here_are_served(string host, HttpStatusCode expected)
    {
        var response = await Send(HttpMethod.Get, "/_emulator/health", ("Host", host));

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Forbidden) Assert.Contains("--allowed-hosts", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_host_name_can_be_allowed()
    {
        var allowing = new EmulatorServer("--allowed-hosts", "emulator.test,*.corp.example");
        await allowing.InitializeAsync();
        try
        {
            using var http = allowing.CreateHttpClient();
            foreach (var (host, expected) in new[] { ("emulator.test", HttpStatusCode.OK), ("sqs.corp.example", HttpStatusCode.OK), ("other.test", HttpStatusCode.Forbidden) })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "/_emulator/health");
                request.Headers.Host = host;
                Assert.Equal(expected, (await http.SendAsync(request)).StatusCode);
            }
        }
        finally
        {
            await allowing.DisposeAsync();
        }
    }

    [Fact]
    public async Task An_image_on_another_site_cannot_delete_a_queue()
    {
        var sqs = server.CreateSqsClient();
        var name = EmulatorServer.UniqueName("drive-by");
        var url = (await sqs.CreateQueueAsync(name)).QueueUrl;

        var response = await Send(HttpMethod.Get, $"/?Action=DeleteQueue&QueueUrl={Uri.EscapeDataString(url)}",
            ("Sec-Fetch-Site", "cross-site"), ("Sec-Fetch-Mode", "no-cors"), ("Sec-Fetch-Dest", "image"), ("Referer", "https://attacker.example/page"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sqs.GetQueueUrlAsync(name)).HttpStatusCode);
    }

    [Fact]
    public async Task A_script_on_another_site_is_refused_and_its_preflight_gets_no_cors_headers()
    {
        var post = await Send(HttpMethod.Post, "/_emulator/reset", ("Origin", "https://attacker.example"));
        var preflight = await Send(HttpMethod.Options, "/", ("Origin", "https://attacker.example"), ("Access-Control-Request-Method", "POST"));

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, preflight.StatusCode);
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_page_on_this_machine_gets_cors_answers()
    {
        var preflight = await Send(HttpMethod.Options, "/", ("Origin", "http://localhost:3000"), ("Access-Control-Request-Method", "POST"),
            ("Access-Control-Request-Headers", "content-type,x-amz-target"));
        var call = await Send(HttpMethod.Get, "/_emulator/health", ("Origin", "http://localhost:3000"));

        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.Equal("http://localhost:3000", preflight.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("content-type,x-amz-target", preflight.Headers.GetValues("Access-Control-Allow-Headers").Single());
        Assert.Equal(HttpStatusCode.OK, call.StatusCode);
        Assert.Equal("*", call.Headers.GetValues("Access-Control-Expose-Headers").Single());
    }

    [Fact]
    public async Task The_dashboard_opens_from_a_link_elsewhere_and_its_own_calls_pass()
    {
        var navigation = await Send(HttpMethod.Get, "/_emulator/ui", ("Sec-Fetch-Site", "cross-site"), ("Sec-Fetch-Mode", "navigate"));
        var ownCall = await Send(HttpMethod.Post, "/_emulator/clock?seconds=0", ("Origin", server.BaseUrl), ("Sec-Fetch-Site", "same-origin"));

        Assert.Equal(HttpStatusCode.OK, navigation.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ownCall.StatusCode);
    }

    private async Task<HttpResponseMessage> Send(HttpMethod method, string path, params (string Name, string Value)[] headers)
    {
        using var http = server.CreateHttpClient();
        var request = new HttpRequestMessage(method, path);
        foreach (var (name, value) in headers)
            if (name == "Host") request.Headers.Host = value;
            else request.Headers.TryAddWithoutValidation(name, value);
        return await http.SendAsync(request);
    }
}
