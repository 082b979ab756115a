using System.Diagnostics;
using System.Net;
using Amazon.SQS.Model;
using Emulator.Hosting;
using Emulator.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace Emulator.Tests.Hosting;

/// <summary>
/// What LocalStack users' tools rely on: its health and init paths in its shapes, the <c>Ready.</c> line, and its SQS peek
/// path, which shows messages without receiving them.
/// </summary>
public class LocalStackCompatibilityTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    private readonly HttpClient _http = server.CreateHttpClient();

    [Fact]
    public async Task Health_lists_every_service_running_and_init_has_completed_up_to_ready()
    {
        var health = JObject.Parse(await _http.GetStringAsync("/_localstack/health"));
        var init = JObject.Parse(await _http.GetStringAsync("/_localstack/init"));
        var ready = JObject.Parse(await _http.GetStringAsync("/_localstack/init/ready"));

        foreach (var service in new[] { "sqs", "sns", "kinesis", "s3", "firehose" })
            Assert.Equal("running", (string?)health["services"]![service]);
        Assert.NotNull(health["version"]);
        Assert.Equal((true, false), ((bool)init["completed"]!["READY"]!, (bool)init["completed"]!["SHUTDOWN"]!));
        Assert.Empty((JArray)init["scripts"]!);
        Assert.True((bool)ready["completed"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("/_localstack/init/nonsense")).StatusCode);
    }

    [Fact]
    public async Task Peeking_shows_messages_without_receiving_them()
    {
        var sqs = server.CreateSqsClient();
        var url = (await sqs.CreateQueueAsync(EmulatorServer.UniqueName("peek"))).QueueUrl;
        await sqs.SendMessageAsync(url, "first");
        await sqs.SendMessageAsync(new SendMessageRequest { QueueUrl = url, MessageBody = "later", DelaySeconds = 60 });

        var xml = await _http.GetStringAsync($"/_aws/sqs/messages?QueueUrl={Uri.EscapeDataString(url)}");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/_aws/sqs/messages?QueueUrl={Uri.EscapeDataString(url)}&ShowDelayed=true");
        request.Headers.Accept.ParseAdd("application/json");
        var json = JObject.Parse(await (await _http.SendAsync(request)).Content.ReadAsStringAsync());
        var received = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = url, MessageSystemAttributeNames = ["All"] });

        Assert.Contains("<Body>first</Body>", xml);
        Assert.DoesNotContain("later", xml);
        Assert.Equal(["first", "later"], json["Messages"]!.Select(m => (string)m["Body"]!));
        Assert.Equal("first", Assert.Single(received.Messages).Body);
        Assert.Equal("1", received.Messages[0].Attributes["ApproximateReceiveCount"]);
    }

    [Fact]
    public async Task A_missing_queue_is_QueueDoesNotExist()
    {
        var response = await _http.GetAsync("/_aws/sqs/messages/us-east-1/000000000000/absent-queue");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("NonExistentQueue", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_process_prints_Ready_once_it_serves_requests()
    {
        var dll = typeof(EmulatorHost).Assembly.Location;
        using var process = Process.Start(new ProcessStartInfo("dotnet", [dll, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        })!;
        try
        {
            var ready = Task.Run(async () =>
            {
                while (await process.StandardOutput.ReadLineAsync() is { } line)
                    if (line == "Ready.") return true;
                return false;
            });
            Assert.True(await ready.WaitAsync(TimeSpan.FromSeconds(30)));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
        }
    }
}
