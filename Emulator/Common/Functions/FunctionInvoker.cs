using System.Collections.Concurrent;
using System.Net.Http.Headers;

namespace Emulator.Common.Functions;

/// <summary>
/// Invokes a function at its configured endpoint (<see cref="FunctionEndpoints"/>): a POST of the event's JSON, the
/// answer's body as the result. Every invocation is also recorded, answered or not, for the admin API and for functions
/// that have no endpoint.
/// </summary>
public sealed class FunctionInvoker(FunctionEndpoints endpoints, TimeProvider clock) : IDisposable
{
    private const int Kept = 1000;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly HttpClient _client = new(new StaleConnectionRetry()) { Timeout = Timeout };
    private readonly ConcurrentQueue<FunctionInvocation> _recorded = new();

    public IReadOnlyList<FunctionInvocation> Recorded => [.. _recorded];

    /// <summary>Whether invoking <paramref name="function"/> reaches code (an endpoint is configured for it).</summary>
    public bool CanInvoke(string function) => endpoints.UrlFor(function) is not null;

    /// <returns>The function's answer, or null when it has no endpoint.</returns>
    /// <exception cref="FunctionFailure">The endpoint could not be reached or answered with an error status.</exception>
    public async Task<byte[]?> InvokeAsync(string function, byte[] payload, CancellationToken cancel)
    {
        var url = endpoints.UrlFor(function);
        Record(new FunctionInvocation(function, url, System.Text.Encoding.UTF8.GetString(payload), clock.GetUtcNow()));
        if (url is null) return null;
        using var content = new ByteArrayContent(payload);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        try
        {
            using var response = await _client.PostAsync(url, content, cancel).ConfigureAwait(false);
            var answer = await response.Content.ReadAsByteArrayAsync(cancel).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode) throw new FunctionFailure($"{function} at {url} answered {(int)response.StatusCode}.");
            return answer;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancel.IsCancellationRequested)
        {
            throw new FunctionFailure($"{function} at {url} could not be invoked: {exception.Message}");
        }
    }

    private void Record(FunctionInvocation invocation)
    {
        _recorded.Enqueue(invocation);
        while (_recorded.Count > Kept) _recorded.TryDequeue(out _);
    }

    public void Dispose() => _client.Dispose();
}

public sealed record FunctionInvocation(string Function, string? Url, string Event, DateTimeOffset At);

public sealed class FunctionFailure(string message) : Exception(message);
