using System.Diagnostics;
using System.Net;
using System.Text;
using Amazon.SQS;
using Emulator.Hosting.Declarations;
using Emulator.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace Emulator.Tests.Hosting;

/// <summary>Faults injected through /_emulator/faults or the configuration file: AWS's errors at a rate, latency, clearing.</summary>
public class FaultInjectionTests
{
    [Fact]
    public async Task A_throttling_rule_fails_its_operation_with_AWS_error_until_cleared()
    {
        await EmulatorServer.WithServer([], async server =>
        {
            using var http = server.CreateHttpClient();
            using var sqs = server.CreateSqsClient();
            var url = (await sqs.CreateQueueAsync(EmulatorServer.UniqueName("faulty"))).QueueUrl;

            var added = await http.PostAsync("/_emulator/faults", Json("""{"service":"sqs","operation":"SendMessage","errorRate":1.0,"error":"RequestThrottled","latencyMs":0}"""));
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);

            var thrown = await Assert.ThrowsAnyAsync<AmazonSQSException>(() => sqs.SendMessageAsync(url, "refused"));
            Assert.Equal(("RequestThrottled", HttpStatusCode.BadRequest), (thrown.ErrorCode, thrown.StatusCode));
            Assert.Empty((await sqs.ReceiveMessageAsync(url)).Messages ?? []);
            var listed = JArray.Parse(await http.GetStringAsync("/_emulator/faults"));
            Assert.Equal("SendMessage", (string?)Assert.Single(listed)["operation"]);

            Assert.Equal(HttpStatusCode.NoContent, (await http.DeleteAsync("/_emulator/faults")).StatusCode);
            await sqs.SendMessageAsync(url, "accepted");
        });
    }

    [Fact]
    public async Task Latency_delays_every_matching_request()
    {
        await EmulatorServer.WithServer([], async server =>
        {
            using var http = server.CreateHttpClient();
            using var sqs = server.CreateSqsClient();
            await http.PostAsync("/_emulator/faults", Json("""{"service":"sqs","operation":"ListQueues","latencyMs":300}"""));

            var watch = Stopwatch.StartNew();
            await sqs.ListQueuesAsync(new Amazon.SQS.Model.ListQueuesRequest());
            Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(250), $"ListQueues took {watch.Elapsed}.");
        });
    }

    [Theory]
    [InlineData("""{"error":"RequestThrottled"}""", "service is required")]
    [InlineData("""{"service":"sqs","errorRate":2}""", "errorRate")]
    [InlineData("""{"service":"sqs","status":200,"error":"X"}""", "status")]
    [InlineData("not json", "not JSON")]
    public async Task A_malformed_rule_is_refused_saying_why(string body, string problem)
    {
        await EmulatorServer.WithServer([], async server =>
        {
            using var http = server.CreateHttpClient();
            var response = await http.PostAsync("/_emulator/faults", Json(body));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(problem, await response.Content.ReadAsStringAsync());
        });
    }

    [Fact]
    public async Task A_rule_past_a_few_kilobytes_is_refused_unread()
    {
        await EmulatorServer.WithServer([], async server =>
        {
            using var http = server.CreateHttpClient();
            var streamed = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"service\":\"sqs\",\"message\":\"" + new string('x', 10_000) + "\"}")));
            var response = await http.PostAsync("/_emulator/faults", streamed);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("at most 4096 bytes", await response.Content.ReadAsStringAsync());
        });
    }

    [Fact]
    public async Task The_configuration_file_injects_faults_from_the_start_and_names_a_bad_line()
    {
        var file = Path.Combine(Path.GetTempPath(), $"faults-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, "faults:\n  - service: sqs\n    operation: CreateQueue\n    error: ServiceUnavailable\n");
        await EmulatorServer.WithServer(["--config", file], async server =>
        {
            using var sqs = server.CreateSqsClient();
            var thrown = await Assert.ThrowsAnyAsync<AmazonSQSException>(() => sqs.CreateQueueAsync("never"));
            Assert.Equal(("ServiceUnavailable", HttpStatusCode.ServiceUnavailable), (thrown.ErrorCode, thrown.StatusCode));
        });

        await File.WriteAllTextAsync(file, "faults:\n  - service: sqs\n    errorRate: 1.5\n");
        var broken = new EmulatorServer("--config", file);
        var error = await Assert.ThrowsAsync<DeclarationError>(broken.InitializeAsync);
        await broken.DisposeAsync();
        Assert.Equal(2, error.Line);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
