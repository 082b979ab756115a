using System.Diagnostics;
using Amazon.S3;
using Amazon.SQS;
using Emulator.Hosting;

namespace Emulator.Tests.Infrastructure;

/// <summary>The emulator as its own process on a free port, for what only a process can show: signals, being killed, restarts.</summary>
public sealed class EmulatorProcess : IDisposable
{
    private readonly Process _process;

    private EmulatorProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public int Id => _process.Id;

    /// <summary>Starts the emulator with <paramref name="options"/> and waits for its <c>Ready.</c> line.</summary>
    public static async Task<EmulatorProcess> StartAsync(params string[] options)
    {
        var port = HttpSubscriber.FreePort();
        var process = Process.Start(new ProcessStartInfo("dotnet", [typeof(EmulatorHost).Assembly.Location, "--port", port.ToString(), .. options])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        })!;
        var ready = false;
        while (await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30)) is { } line)
            if (line == "Ready.")
            {
                ready = true;
                break;
            }
        if (!ready) throw new InvalidOperationException($"The emulator did not start: {await process.StandardError.ReadToEndAsync()}");
        // Keep reading, so that a full pipe never blocks the emulator's console.
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        return new EmulatorProcess(process, port);
    }

    public HttpClient CreateHttpClient() => new() { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(30) };

    public AmazonSQSClient CreateSqsClient() => new(new Amazon.Runtime.BasicAWSCredentials("test", "test"), new AmazonSQSConfig
    {
        ServiceURL = BaseUrl, AuthenticationRegion = "us-east-1", MaxErrorRetry = 0,
    });

    public AmazonS3Client CreateS3Client() => new(new Amazon.Runtime.BasicAWSCredentials("test", "test"), new AmazonS3Config
    {
        ServiceURL = BaseUrl, AuthenticationRegion = "us-east-1", ForcePathStyle = true, MaxErrorRetry = 0,
    });

    public void Signal(string signal) => Process.Start("kill", [$"-{signal}", _process.Id.ToString()])!.WaitForExit();

    public Task WaitForExitAsync(TimeSpan timeout) => _process.WaitForExitAsync().WaitAsync(timeout);

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill();
        _process.Dispose();
    }
}
