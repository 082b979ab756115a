using Amazon.Runtime;
using Amazon.S3;
using Amazon.SQS;
using Emulator.Hosting;
using Emulator.Sqs.Messages;
using Emulator.Sqs.Queues;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Emulator.Testing;

/// <summary>How an in-process emulator is reached.</summary>
public enum EmulatorTransport
{
    /// <summary>No socket: requests go straight into the server through an <see cref="HttpMessageHandler"/>; each emulator is isolated.</summary>
    InMemory,

    /// <summary>A free port on 127.0.0.1, for clients that cannot take a handler (other processes, other languages' SDKs).</summary>
    Loopback,
}

/// <summary>
/// The emulator inside a test process: clients for it, its clock, reset, and typed views of its state. Dispose it (or use
/// <see cref="AwsEmulatorFixture"/>) to stop it.
/// </summary>
public sealed class AwsEmulator : IAsyncDisposable
{
    /// <summary>Any credentials work; this access key is account 000000000000.</summary>
    public static readonly BasicAWSCredentials Credentials = new("test", "test");

    private readonly WebApplication _app;

    private AwsEmulator(WebApplication app, EmulatorTransport transport, string serviceUrl, HttpMessageHandler? handler)
    {
        _app = app;
        Transport = transport;
        ServiceUrl = serviceUrl;
        Handler = handler;
    }

    public EmulatorTransport Transport { get; }

    /// <summary>The endpoint URL to give any client (with <see cref="EmulatorTransport.InMemory"/>, only together with <see cref="Handler"/>).</summary>
    public string ServiceUrl { get; }

    /// <summary>The handler that reaches an in-memory emulator; null on loopback.</summary>
    public HttpMessageHandler? Handler { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts an emulator with the given command-line options (<c>--config file.yaml</c>, <c>--sqs-purge-limit true</c>, ...).</summary>
    public static async Task<AwsEmulator> StartAsync(EmulatorTransport transport = EmulatorTransport.InMemory, params string[] options)
    {
        var args = transport == EmulatorTransport.Loopback ? ["--urls", "http://127.0.0.1:0", .. options] : options;
        var app = EmulatorHost.Build(["--log-level", "Warning", "--banner", "false", .. args],
            configure: builder => { if (transport == EmulatorTransport.InMemory) builder.WebHost.UseTestServer(); });
        await app.StartAsync().ConfigureAwait(false);
        if (transport == EmulatorTransport.InMemory)
        {
            var server = (TestServer)app.Services.GetRequiredService<IServer>();
            return new AwsEmulator(app, transport, "http://localhost", new CanonicalUris(server.CreateHandler()));
        }
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new AwsEmulator(app, transport, address, null);
    }

    /// <summary>An SQS client (AWS JSON) for this emulator, in the given account (a 12-digit access key) and region.</summary>
    public AmazonSQSClient CreateSqsClient(string accessKey = "test", string region = "us-east-1") =>
        new(new BasicAWSCredentials(accessKey, "test"), Configure(new AmazonSQSConfig(), region));

    /// <summary>An S3 client for this emulator, addressing buckets in the path.</summary>
    public AmazonS3Client CreateS3Client(string accessKey = "test", string region = "us-east-1") =>
        new(new BasicAWSCredentials(accessKey, "test"), Configure(new AmazonS3Config { ForcePathStyle = true }, region));

    /// <summary>Moves the emulator's clock forward: visibility timeouts, delays, retention and Firehose buffers come due at once.</summary>
    public void Advance(TimeSpan by) => Services.GetRequiredService<EmulatorClock>().Advance(by);

    /// <summary>Forgets every resource of every service.</summary>
    public void Reset()
    {
        foreach (var service in Services.GetServices<EmulatedService>()) service.Reset(Services);
    }

    /// <summary>The messages of a queue as they are, without receiving them.</summary>
    public IReadOnlyList<MessageSnapshot> Messages(string queueUrl)
    {
        var parts = new Uri(queueUrl).AbsolutePath.Trim('/').Split('/');
        var queue = Services.GetRequiredService<SqsStore>().AllQueues().FirstOrDefault(q => q.AccountId == parts[^2] && q.Name == parts[^1])
                    ?? throw new ArgumentException($"No queue at {queueUrl}.");
        return queue.Messages.Snapshot();
    }

    /// <summary>What SNS delivered without a network, by kind (<c>email</c>, <c>email-json</c>, <c>sms</c>, <c>application</c>, <c>lambda</c>, <c>firehose</c>).</summary>
    public IReadOnlyList<Sns.Delivery.RecordedDelivery> SnsDeliveries(string kind) =>
        Services.GetRequiredService<Sns.Delivery.RecordedDeliveries>().Of(kind);

    /// <summary>The objects (<c>s3://bucket/key</c>) a Firehose delivery stream has written so far, oldest first.</summary>
    public IReadOnlyList<string> FirehoseObjects(string deliveryStream, string accountId = "000000000000", string region = "us-east-1") =>
        Services.GetRequiredService<Firehose.Streams.FirehoseStore>().Find(accountId, region, deliveryStream) is { } stream
        && Services.GetRequiredService<Firehose.Delivery.Deliveries>().Pipeline(stream) is { } pipeline
            ? pipeline.Report.Objects
            : [];

    private T Configure<T>(T config, string region) where T : ClientConfig
    {
        config.ServiceURL = ServiceUrl;
        config.AuthenticationRegion = region;
        config.MaxErrorRetry = 0;
        if (Handler is { } handler) config.HttpClientFactory = new HandlerFactory(handler);
        return config;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// The AWS SDK builds request URIs without path canonicalization, which TestServer cannot read; they are made
    /// ordinary URIs on the way in (so a key's <c>..</c> segment is resolved in memory, where a socket would keep it).
    /// </summary>
    private sealed class CanonicalUris(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri is { } uri) request.RequestUri = new Uri(uri.OriginalString);
            return base.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>Gives the AWS SDK clients that send through the in-memory handler.</summary>
    private sealed class HandlerFactory(HttpMessageHandler handler) : HttpClientFactory
    {
        public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(handler, disposeHandler: false);

        public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;

        public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => true;
    }
}
