using System.Xml.Linq;
using Amazon.SQS.Model;
using Emulator.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace Emulator.Tests.Sns.Delivery;

/// <summary>Deliveries to HTTP subscribers served by the test, through the real server.</summary>
public class HttpDeliveryTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    /// <summary>Well under the 20 seconds the default delivery policy waits before a retry, with room for a loaded machine.</summary>
    private static readonly TimeSpan Promptly = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_subscriber_that_restarted_on_its_port_is_reached_at_once()
    {
        using var subscriber = new HttpSubscriber(HttpSubscriber.FreePort());
        await SubscribeAndPublishAsync(subscriber, "before the restart");
        // Time for the emulator to put its connection back into the pool, so that the next delivery takes it.
        await Task.Delay(TimeSpan.FromMilliseconds(200));

        subscriber.Restart();

        await SubscribeAndPublishAsync(subscriber, "after the restart");
    }

    [Fact]
    public async Task An_endpoint_nothing_listens_on_is_retried_as_its_delivery_policy_says()
    {
        using var sqs = server.CreateSqsClient();
        var deadLetters = (await sqs.CreateQueueAsync(EmulatorServer.UniqueName("dlq"))).QueueUrl;
        var deadLettersArn = (await sqs.GetQueueAttributesAsync(deadLetters, ["QueueArn"])).QueueARN;
        var topic = await CreateTopicAsync();
        var subscription = Value(await SnsAsync("Subscribe", ("TopicArn", topic), ("Protocol", "http"),
            ("Endpoint", $"http://127.0.0.1:{HttpSubscriber.FreePort()}/sns"), ("ReturnSubscriptionArn", "true"),
            ("Attributes.entry.1.key", "RedrivePolicy"), ("Attributes.entry.1.value", $$"""{"deadLetterTargetArn":"{{deadLettersArn}}"}"""),
            ("Attributes.entry.2.key", "DeliveryPolicy"),
            ("Attributes.entry.2.value", """{"healthyRetryPolicy":{"numRetries":1,"minDelayTarget":30,"maxDelayTarget":30}}""")), "SubscriptionArn");
        using var http = server.CreateHttpClient();
        var token = (string)JObject.Parse(await http.GetStringAsync($"/_aws/sns/subscription-tokens/{subscription}"))["subscription_token"]!;
        await SnsAsync("ConfirmSubscription", ("TopicArn", topic), ("Token", token));

        await SnsAsync("Publish", ("TopicArn", topic), ("Message", "unreachable"));

        // Refused, the first attempt waits 30 s on the emulator's clock for its one retry; refused again, it is dead-lettered.
        Assert.Empty(await ReceiveAsync());
        var dead = new List<Message>();
        for (var i = 0; i < 10 && dead.Count == 0; i++)
        {
            server.AdvanceClock(TimeSpan.FromSeconds(31));
            dead = await ReceiveAsync();
        }
        Assert.Equal("unreachable", (string?)JObject.Parse(Assert.Single(dead).Body)["Message"]);

        async Task<List<Message>> ReceiveAsync() =>
            (await sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = deadLetters, WaitTimeSeconds = 1 })).Messages ?? [];
    }

    [Fact]
    public async Task A_subscription_to_the_emulator_s_own_admin_api_is_refused_there_and_changes_nothing()
    {
        using var sqs = server.CreateSqsClient();
        var survivor = EmulatorServer.UniqueName("survivor");
        await sqs.CreateQueueAsync(survivor);
        var endpoint = $"{server.BaseUrl.Replace("127.0.0.1", "localhost")}/_emulator/reset";

        await SnsAsync("Subscribe", ("TopicArn", await CreateTopicAsync()), ("Protocol", "http"), ("Endpoint", endpoint));

        var attempt = await FirstAttemptAsync(endpoint);
        Assert.Equal((403, "failed"), ((int?)attempt["status"], (string?)attempt["outcome"]));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await sqs.GetQueueUrlAsync(survivor)).HttpStatusCode);
    }

    [Fact]
    public async Task A_redirect_is_not_followed()
    {
        using var target = new HttpSubscriber(HttpSubscriber.FreePort());
        using var redirecting = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        redirecting.Start();
        var endpoint = $"http://127.0.0.1:{((System.Net.IPEndPoint)redirecting.LocalEndpoint).Port}/sns";
        _ = Task.Run(async () =>
        {
            using var client = await redirecting.AcceptTcpClientAsync();
            var stream = client.GetStream();
            await stream.ReadAsync(new byte[65536]);
            await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes($"HTTP/1.1 307 Temporary Redirect\r\nLocation: {target.Url}\r\nContent-Length: 0\r\n\r\n"));
        });

        await SnsAsync("Subscribe", ("TopicArn", await CreateTopicAsync()), ("Protocol", "http"), ("Endpoint", endpoint));

        Assert.Equal(307, (int?)(await FirstAttemptAsync(endpoint))["status"]);
        await Assert.ThrowsAsync<TimeoutException>(() => target.NextAsync(TimeSpan.FromMilliseconds(300)));
    }

    private async Task<JToken> FirstAttemptAsync(string endpoint)
    {
        using var http = server.CreateHttpClient();
        return (await SnsCalls.AttemptsAsync(http, endpoint))[0];
    }

    private async Task SubscribeAndPublishAsync(HttpSubscriber subscriber, string message)
    {
        var topic = await CreateTopicAsync();
        await SnsAsync("Subscribe", ("TopicArn", topic), ("Protocol", "http"), ("Endpoint", subscriber.Url));
        var confirmation = await subscriber.NextAsync(Promptly);
        Assert.Equal("SubscriptionConfirmation", confirmation.MessageType);
        using var http = server.CreateHttpClient();
        (await http.GetAsync((string)JObject.Parse(confirmation.Body)["SubscribeURL"]!)).EnsureSuccessStatusCode();

        await SnsAsync("Publish", ("TopicArn", topic), ("Message", message));

        var notification = await subscriber.NextAsync(Promptly);
        Assert.Equal("Notification", notification.MessageType);
        Assert.Equal(message, (string?)JObject.Parse(notification.Body)["Message"]);
    }

    private async Task<string> CreateTopicAsync() =>
        Value(await SnsAsync("CreateTopic", ("Name", EmulatorServer.UniqueName("http"))), "TopicArn");

    /// <summary>One SNS query-protocol call; its XML response, which must be a success.</summary>
    private async Task<XElement> SnsAsync(string action, params (string Name, string Value)[] parameters)
    {
        using var http = server.CreateHttpClient();
        using var response = await http.PostAsync("/", new FormUrlEncodedContent(
            [new("Action", action), new("Version", "2010-03-31"), .. parameters.Select(p => KeyValuePair.Create(p.Name, p.Value))]));
        var xml = XElement.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(response.IsSuccessStatusCode, xml.ToString());
        return xml;
    }

    private static string Value(XElement response, string name) => response.Descendants().First(e => e.Name.LocalName == name).Value;
}
