using System.Net;
using Amazon.SQS.Model;
using Emulator.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace Emulator.Tests.Hosting;

public class AdminApiTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    private readonly HttpClient _http = server.CreateHttpClient();

    [Fact]
    public async Task Health_names_the_services_and_the_version()
    {
        var health = JObject.Parse(await _http.GetStringAsync("/_emulator/health"));
        Assert.Equal("running", health.Value<string>("status"));
        Assert.Equal("available", health["services"]!.Value<string>("sqs"));
        Assert.False(string.IsNullOrEmpty(health.Value<string>("version")));
    }

    [Fact]
    public async Task Clock_moves_forward_and_refuses_to_go_back()
    {
        var before = server.Clock.GetUtcNow();
        var moved = JObject.Parse(await (await _http.PostAsync("/_emulator/clock?seconds=3600", null)).Content.ReadAsStringAsync());
        Assert.True(moved.Value<double>("offsetSeconds") >= 3600);
        Assert.True(server.Clock.GetUtcNow() - before >= TimeSpan.FromHours(1));

        var byBody = await _http.PostAsync("/_emulator/clock", new StringContent("{\"seconds\": 60}"));
        Assert.Equal(HttpStatusCode.OK, byBody.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _http.PostAsync("/_emulator/clock?seconds=-5", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _http.PostAsync("/_emulator/clock", new StringContent("nonsense"))).StatusCode);
    }

    [Fact]
    public async Task A_clock_body_past_a_few_kilobytes_is_refused_without_being_read()
    {
        var huge = new StringContent("{\"seconds\": 1, \"padding\": \"" + new string('x', 100 * 1024) + "\"}");
        Assert.Equal(HttpStatusCode.BadRequest, (await _http.PostAsync("/_emulator/clock", huge)).StatusCode);

        var streamed = new StreamContent(new MemoryStream(new byte[64 * 1024]));
        Assert.Equal(HttpStatusCode.BadRequest, (await _http.PostAsync("/_emulator/clock", streamed)).StatusCode);
    }

    [Fact]
    public async Task Inspection_shows_messages_without_changing_them_and_reset_forgets_everything()
    {
        var sqs = server.CreateSqsClient();
        var name = EmulatorServer.UniqueName("inspect");
        var url = (await sqs.CreateQueueAsync(name)).QueueUrl;
        await sqs.SendMessageAsync(url, "visible one");
        await sqs.SendMessageAsync(new SendMessageRequest { QueueUrl = url, MessageBody = "later", DelaySeconds = 60 });

        for (var look = 0; look < 2; look++)
        {
            var messages = JArray.Parse(await _http.GetStringAsync($"/_emulator/sqs/queues/000000000000/us-east-1/{name}/messages"));
            Assert.Equal(["visible", "delayed"], messages.Select(m => m.Value<string>("state")));
            Assert.Equal("visible one", messages[0].Value<string>("body"));
        }
        var queues = JArray.Parse(await _http.GetStringAsync("/_emulator/sqs/queues"));
        Assert.Contains(queues, q => q.Value<string>("name") == name && q.Value<int>("visible") == 1 && q.Value<int>("delayed") == 1);

        Assert.Equal(HttpStatusCode.OK, (await _http.PostAsync("/_emulator/reset/sqs", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync($"/_emulator/sqs/queues/000000000000/us-east-1/{name}/messages")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.PostAsync("/_emulator/reset/nosuch", null)).StatusCode);
    }
}
