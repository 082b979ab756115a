using System.Net;
using Amazon.SQS;
using Amazon.SQS.Model;
using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Protocol.SigV4;

/// <summary>Strict mode through AWSSDK.SQS over HTTP: signatures checked against the configured secrets and the clock.</summary>
public class StrictSqsAuthTests
{
    internal static readonly string[] Strict = ["--auth", "strict", "--credentials", "test:test,111111111111:secret-a,222222222222:secret-b"];

    [Fact]
    public Task A_request_signed_with_the_right_secret_is_served() => EmulatorServer.WithServer(Strict, async server =>
    {
        using var sqs = server.CreateSqsClient("111111111111", secret: "secret-a");
        var url = (await sqs.CreateQueueAsync(EmulatorServer.UniqueName())).QueueUrl;
        await sqs.SendMessageAsync(url, "signed");
        var received = await sqs.ReceiveMessageAsync(url);
        Assert.Equal("signed", Assert.Single(received.Messages).Body);
        Assert.Contains("/111111111111/", url);
    });

    [Fact]
    public Task A_wrong_secret_is_refused_with_SignatureDoesNotMatch() => EmulatorServer.WithServer(Strict, async server =>
    {
        using var sqs = server.CreateSqsClient("111111111111", secret: "secret-b");
        var error = await Assert.ThrowsAsync<AmazonSQSException>(() => sqs.ListQueuesAsync(new ListQueuesRequest()));
        Assert.Equal(("SignatureDoesNotMatch", HttpStatusCode.Forbidden), (error.ErrorCode, error.StatusCode));
    });

    [Fact]
    public Task An_unknown_access_key_is_refused_with_InvalidClientTokenId() => EmulatorServer.WithServer(Strict, async server =>
    {
        using var sqs = server.CreateSqsClient("333333333333", secret: "secret-a");
        var error = await Assert.ThrowsAsync<AmazonSQSException>(() => sqs.ListQueuesAsync(new ListQueuesRequest()));
        Assert.Equal(("InvalidClientTokenId", HttpStatusCode.Forbidden), (error.ErrorCode, error.StatusCode));
        Assert.Equal("The security token included in the request is invalid.", error.Message);
    });

    [Fact]
    public Task A_request_signed_more_than_15_minutes_from_the_emulators_clock_is_refused() => EmulatorServer.WithServer(Strict, async server =>
    {
        using var sqs = server.CreateSqsClient();
        await sqs.ListQueuesAsync(new ListQueuesRequest());
        server.AdvanceClock(TimeSpan.FromMinutes(16));
        var error = await Assert.ThrowsAsync<AmazonSQSException>(() => sqs.ListQueuesAsync(new ListQueuesRequest()));
        Assert.Equal(("SignatureDoesNotMatch", HttpStatusCode.Forbidden), (error.ErrorCode, error.StatusCode));
        Assert.StartsWith("Signature expired: ", error.Message);
    });

    [Fact]
    public Task An_unsigned_request_is_refused_with_MissingAuthenticationToken() => EmulatorServer.WithServer(Strict, async server =>
    {
        using var http = server.CreateHttpClient();
        using var response = await http.PostAsync("/", new FormUrlEncodedContent(new Dictionary<string, string> { ["Action"] = "ListQueues" }));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("<Code>MissingAuthenticationToken</Code>", await response.Content.ReadAsStringAsync());
    });

    [Fact]
    public Task Without_strict_mode_any_secret_is_served() => EmulatorServer.WithServer([], async server =>
    {
        using var sqs = server.CreateSqsClient("111111111111", secret: "anything");
        Assert.Equal(HttpStatusCode.OK, (await sqs.ListQueuesAsync(new ListQueuesRequest())).HttpStatusCode);
    });
}
