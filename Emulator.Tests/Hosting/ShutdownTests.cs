using Emulator.Tests.Infrastructure;
using System.Diagnostics;
using System.Net;

namespace Emulator.Tests.Hosting;

/// <summary>SIGTERM ends a process promptly: parked long polls answer at once, empty, instead of holding the shutdown.</summary>
public class ShutdownTests
{
    [Fact]
    public async Task A_parked_long_poll_answers_empty_and_the_process_exits_promptly_on_SIGTERM()
    {
        using var emulator = await EmulatorProcess.StartAsync();
        using var http = emulator.CreateHttpClient();
        Assert.Equal(HttpStatusCode.OK, (await Query(http, ("Action", "CreateQueue"), ("QueueName", "parked"))).StatusCode);
        var poll = Query(http, ("Action", "ReceiveMessage"), ("QueueUrl", $"{emulator.BaseUrl}/000000000000/parked"), ("WaitTimeSeconds", "20"));
        await Task.Delay(300);

        var stopping = Stopwatch.StartNew();
        emulator.Signal("TERM");
        var answer = await poll.WaitAsync(TimeSpan.FromSeconds(5));
        await emulator.WaitForExitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.DoesNotContain("<Message>", await answer.Content.ReadAsStringAsync());
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(5), $"Shutdown took {stopping.Elapsed}.");
    }

    private static Task<HttpResponseMessage> Query(HttpClient http, params (string Key, string Value)[] parameters) =>
        http.PostAsync("/", new FormUrlEncodedContent(parameters.Select(p => KeyValuePair.Create(p.Key, p.Value))));
}
