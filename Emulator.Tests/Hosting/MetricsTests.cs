using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Hosting;

/// <summary><c>/metrics</c> in Prometheus's text format: requests by service, operation and status, their durations, queue depths, SNS deliveries.</summary>
public class MetricsTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    [Fact]
    public async Task Requests_and_queue_depths_are_counted()
    {
        var sqs = server.CreateSqsClient();
        var name = EmulatorServer.UniqueName("metrics");
        var url = (await sqs.CreateQueueAsync(name)).QueueUrl;
        await sqs.SendMessageAsync(url, "one");
        await sqs.SendMessageAsync(url, "two");
        await Assert.ThrowsAnyAsync<Exception>(() => sqs.GetQueueUrlAsync(EmulatorServer.UniqueName("absent")));
        using var http = server.CreateHttpClient();

        var text = await http.GetStringAsync("/metrics");

        Assert.Matches(@"emulator_requests_total\{service=""sqs"",operation=""SendMessage"",status=""200""\} [2-9]", text);
        Assert.Contains(@"emulator_requests_total{service=""sqs"",operation=""GetQueueUrl"",status=""400""}", text);
        Assert.Contains(@"emulator_request_duration_seconds_bucket{service=""sqs"",operation=""CreateQueue""", text);
        Assert.Contains($@"emulator_sqs_messages{{queue=""arn:aws:sqs:us-east-1:000000000000:{name}"",state=""visible""}} 2", text);
    }

    [Fact]
    public async Task Sns_delivery_attempts_are_counted_by_protocol_and_outcome()
    {
        using var http = server.CreateHttpClient();
        var before = SmsRecorded(await http.GetStringAsync("/metrics"));
        using var publish = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Action"] = "Publish", ["PhoneNumber"] = "+15555550123", ["Message"] = "counted",
        }) };
        publish.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 Credential=test/20261204/us-east-1/sns/aws4_request, SignedHeaders=host, Signature=0");
        Assert.True((await http.SendAsync(publish)).IsSuccessStatusCode);

        Assert.Equal(before + 1, SmsRecorded(await http.GetStringAsync("/metrics")));
    }

    private static int SmsRecorded(string metrics) =>
        System.Text.RegularExpressions.Regex.Match(metrics, @"emulator_sns_delivery_attempts\{protocol=""sms"",outcome=""recorded""\} (\d+)") is { Success: true } found
            ? int.Parse(found.Groups[1].Value)
            : 0;
}

/// <summary><c>--log-format json</c>: one JSON line per request on standard output.</summary>
public class JsonRequestLogTests
{
    [Fact]
    public async Task Each_request_is_one_JSON_line()
    {
        var port = HttpSubscriber.FreePort();
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("dotnet",
            [typeof(Emulator.Hosting.EmulatorHost).Assembly.Location, "--urls", $"http://127.0.0.1:{port}", "--log-format", "json"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        })!;
        try
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line && line != "Ready.") { }
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Action"] = "GetQueueUrl", ["QueueName"] = "absent", ["Version"] = "2012-11-05",
            }) };
            request.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 Credential=123456789012/20261204/eu-west-1/sqs/aws4_request, SignedHeaders=host, Signature=0");
            await http.SendAsync(request);

            string? logged;
            do logged = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));
            while (logged is not null && !logged.StartsWith('{'));
            var json = Newtonsoft.Json.Linq.JObject.Parse(logged!);

            Assert.Equal(("sqs", "GetQueueUrl", "123456789012", "eu-west-1", 400), ((string?)json["service"], (string?)json["operation"],
                (string?)json["account"], (string?)json["region"], (int)json["status"]!));
            Assert.Equal("QueueDoesNotExist", (string?)json["error"]);
            Assert.True((double)json["durationMs"]! >= 0);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
        }
    }
}
