using Emulator.Common;
using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Sns.Delivery;

/// <summary><c>--deliver-to</c>: SNS delivers over HTTP only to the hosts (and ports) it names.</summary>
public class DeliverToTests
{
    [Fact]
    public async Task Only_listed_endpoints_receive_deliveries()
    {
        using var allowed = new HttpSubscriber(HttpSubscriber.FreePort());
        using var other = new HttpSubscriber(HttpSubscriber.FreePort());
        await EmulatorServer.WithServer(["--deliver-to", $"127.0.0.1:{allowed.Port},*.example.test"], async server =>
        {
            using var http = server.CreateHttpClient();
            var topic = await SnsCalls.ValueAsync(http, "CreateTopic", "TopicArn", ("Name", EmulatorServer.UniqueName("deliver-to")));
            await SnsCalls.ValueAsync(http, "Subscribe", "SubscriptionArn", ("TopicArn", topic), ("Protocol", "http"), ("Endpoint", allowed.Url));
            await SnsCalls.ValueAsync(http, "Subscribe", "SubscriptionArn", ("TopicArn", topic), ("Protocol", "http"), ("Endpoint", other.Url));

            Assert.Equal("SubscriptionConfirmation", (await allowed.NextAsync(TimeSpan.FromSeconds(5))).MessageType);
            var refused = (await SnsCalls.AttemptsAsync(http, other.Url))[0];
            Assert.Equal(("failed", OutboundTargets.Refusal), ((string?)refused["outcome"], (string?)refused["error"]));
            await Assert.ThrowsAsync<TimeoutException>(() => other.NextAsync(TimeSpan.FromMilliseconds(300)));
        });
    }
}
