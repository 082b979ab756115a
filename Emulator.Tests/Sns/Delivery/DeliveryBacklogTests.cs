using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Sns.Delivery;

/// <summary><c>--sns-delivery-backlog</c>: HTTP deliveries waiting for a retry are bounded; one more is dropped and logged.</summary>
public class DeliveryBacklogTests
{
    [Fact]
    public async Task Past_the_backlog_a_delivery_is_dropped_with_the_reason_in_the_log_until_a_reset_frees_it()
    {
        await EmulatorServer.WithServer(["--sns-delivery-backlog", "2"], async server =>
        {
            using var http = server.CreateHttpClient();
            var endpoints = Enumerable.Range(0, 4).Select(_ => $"http://127.0.0.1:{HttpSubscriber.FreePort()}/nobody-listens").ToArray();
            var topic = await CreateTopicAsync(http);
            foreach (var endpoint in endpoints[..3])
                await SnsCalls.ValueAsync(http, "Subscribe", "SubscriptionArn", ("TopicArn", topic), ("Protocol", "http"), ("Endpoint", endpoint));

            foreach (var endpoint in endpoints[..2])
                Assert.Equal("retrying", (string?)(await SnsCalls.AttemptsAsync(http, endpoint))[0]["outcome"]);
            var dropped = (await SnsCalls.AttemptsAsync(http, endpoints[2]))[0];
            Assert.Equal("dropped", (string?)dropped["outcome"]);
            Assert.Contains("--sns-delivery-backlog", (string?)dropped["error"]);

            (await http.PostAsync("/_emulator/reset", null)).EnsureSuccessStatusCode();
            topic = await CreateTopicAsync(http);
            await SnsCalls.ValueAsync(http, "Subscribe", "SubscriptionArn", ("TopicArn", topic), ("Protocol", "http"), ("Endpoint", endpoints[3]));
            Assert.Equal("retrying", (string?)(await SnsCalls.AttemptsAsync(http, endpoints[3]))[0]["outcome"]);
        });
    }

    private static Task<string> CreateTopicAsync(HttpClient http) =>
        SnsCalls.ValueAsync(http, "CreateTopic", "TopicArn", ("Name", EmulatorServer.UniqueName("backlog")));
}
