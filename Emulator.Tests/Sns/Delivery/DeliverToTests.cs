using System.Xml.Linq;
using Emulator.Common;
using Emulator.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

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
            var topic = await Value(http, "CreateTopic", "TopicArn", ("Name", EmulatorServer.UniqueName("deliver-to")));
            await Value(http, "Subscribe", "SubscriptionArn", ("TopicArn", topic), ("Protocol", "http"), ("Endpoint", allowed.Url));
            await Value(http, "Subscribe", "SubscriptionArn", ("TopicArn", topic), ("Protocol", "http"), ("Endpoint", other.Url));

            Assert.Equal("SubscriptionConfirmation", (await allowed.NextAsync(TimeSpan.FromSeconds(5))).MessageType);
            var refused = await FirstAttemptAsync(http, other.Url);
            Assert.Equal(("failed", OutboundTargets.Refusal), ((string?)refused["outcome"], (string?)refused["error"]));
            await Assert.ThrowsAsync<TimeoutException>(() => other.NextAsync(TimeSpan.FromMilliseconds(300)));
        });
    }

    private static async Task<JToken> FirstAttemptAsync(HttpClient http, string endpoint)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (true)
        {
            var attempt = JArray.Parse(await http.GetStringAsync("/_emulator/sns/delivery-log")).FirstOrDefault(a => (string?)a["endpoint"] == endpoint);
            if (attempt is not null) return attempt;
            Assert.True(DateTime.UtcNow < deadline, $"No delivery to {endpoint} was attempted.");
            await Task.Delay(20);
        }
    }

    private static async Task<string> Value(HttpClient http, string action, string element, params (string Name, string Value)[] parameters)
    {
        using var response = await http.PostAsync("/", new FormUrlEncodedContent(
            [new("Action", action), .. parameters.Select(p => KeyValuePair.Create(p.Name, p.Value))]));
        var xml = XElement.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(response.IsSuccessStatusCode, xml.ToString());
        return xml.Descendants().First(e => e.Name.LocalName == element).Value;
    }
}
