using Emulator.Tests.Infrastructure;
using System.Diagnostics;
using System.Net;
using Emulator.Hosting;

namespace Emulator.Tests.Hosting;

/// <summary>SIGTERM ends a process promptly: parked long polls answer at once, empty, instead of holding the shutdown.</summary>
public class ShutdownTests
{
    [Fact]
    public async Task A_parked_long_poll_answers_empty_and_the_process_exits_promptly_on_SIGTERM()
    {
        var port = HttpSubscriber.FreePort();
        using var process = Process.Start(new ProcessStartInfo("dotnet", [typeof(EmulatorHost).Assembly.Location, "--port", port.ToString()])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        })!;
        try
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line && line != "Ready.") { }
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
            Assert.Equal(HttpStatusCode.OK, (await Query(http, ("Action", "CreateQueue"), ("QueueName", "parked"))).StatusCode);
            var poll = Query(http, ("Action", "ReceiveMessage"), ("QueueUrl", $"http://127.0.0.1:{port}/000000000000/parked"), ("WaitTimeSeconds", "20"));
            await Task.Delay(300);

            var stopping = Stopwatch.StartNew();
            Process.Start("kill", ["-TERM", process.Id.ToString()])!.WaitForExit();
            var answer = await poll.WaitAsync(TimeSpan.FromSeconds(5));
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(5));

            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.DoesNotContain("<Message>", await answer.Content.ReadAsStringAsync());
            Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(5), $"Shutdown took {stopping.Elapsed}.");
        }
        finally
        {
            if (!process.HasExited) process.Kill();
        }
    }

    private static Task<HttpResponseMessage> Query(HttpClient http, params (string Key, string Value)[] parameters) =>
        http.PostAsync("/", new FormUrlEncodedContent(parameters.Select(p => KeyValuePair.Create(p.Key, p.Value))));
}
