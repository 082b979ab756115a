using Amazon.Runtime;
using Amazon.S3;
using Amazon.SQS;
using Emulator.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;

namespace Emulator.Tests.Infrastructure;

/// <summary>
/// The real emulator, served over HTTP on a free loopback port, for end-to-end tests through official clients.
/// Share one per test class with <c>IClassFixture&lt;EmulatorServer&gt;</c>; tests isolate themselves by using
/// unique queue names.
/// </summary>
public sealed class EmulatorServer : IAsyncLifetime
{
    private readonly string[] _options;
    private WebApplication? _app;

    public EmulatorServer() : this([]) { }

    /// <summary>A server started with extra command-line options, e.g. <c>--sqs-purge-limit true</c>.</summary>
    internal EmulatorServer(params string[] options) => _options = options;

    public string BaseUrl { get; private set; } = "";

    public EmulatorClock Clock => Services.GetRequiredService<EmulatorClock>();

    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The server is not started.");

    public async Task InitializeAsync()
    {
        _app = EmulatorHost.Build(["--urls", "http://127.0.0.1:0", "--log-level", "Warning", .. _options]);
        await _app.StartAsync();
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = addresses.Addresses.First().Replace("[::]", "127.0.0.1");
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }

    /// <summary>An AWSSDK.SQS client (AWS JSON 1.0) for the given account (a 12-digit access key) and region.</summary>
    public AmazonSQSClient CreateSqsClient(string accessKey = "test", string region = "us-east-1", string secret = "test") =>
        new(new BasicAWSCredentials(accessKey, secret), new AmazonSQSConfig
        {
            ServiceURL = BaseUrl,
            AuthenticationRegion = region,
            MaxErrorRetry = 0,
            Timeout = TimeSpan.FromSeconds(30),
        });

    /// <summary>An S3 client addressing buckets in the path (<c>/bucket/key</c>), as tests against local endpoints do.</summary>
    public AmazonS3Client CreateS3Client(string accessKey = "test", string region = "us-east-1", string secret = "test") =>
        new(new BasicAWSCredentials(accessKey, secret), new AmazonS3Config
        {
            ServiceURL = BaseUrl,
            AuthenticationRegion = region,
            ForcePathStyle = true,
            MaxErrorRetry = 0,
            Timeout = TimeSpan.FromSeconds(30),
        });

    /// <summary>A plain HTTP client for raw protocol tests and the admin API.</summary>
    public HttpClient CreateHttpClient() => new() { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(30) };

    public void AdvanceClock(TimeSpan by) => Clock.Advance(by);

    /// <summary>Starts a server with the given options for one test, and stops it after.</summary>
    public static async Task WithServer(string[] options, Func<EmulatorServer, Task> test)
    {
        var server = new EmulatorServer(options);
        try
        {
            await server.InitializeAsync();
            await test(server);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    public static string UniqueName(string prefix = "q") => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 25, 80)];
}
