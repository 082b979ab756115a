using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Hosting;

/// <summary><c>/metrics</c> in Prometheus's text format: requests by service, operation and status, their durations, queue depths.</summary>
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
}
