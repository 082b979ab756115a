using System.Text;
using System.Threading.Channels;

namespace Emulator.Sns.Delivery;

/// <summary>
/// Delivers to HTTP/S subscribers on background workers, never on the publishing request. A failed attempt
/// (a network error, a timeout, 429 or 5xx) is retried after its retry policy's delay, measured on the
/// emulator's clock so that moving the clock forward speeds retries up; other 4xx answers are final. A kept-alive
/// connection that turns out dead is not a failed attempt: the request goes again at once on a new connection.
/// Messages that cannot be delivered go to the subscription's dead-letter queue. At most
/// <see cref="SnsOptions.DeliveryBacklog"/> messages wait (for a worker or for their next retry); past that, a new message
/// is not queued: it goes to the dead-letter queue, or is dropped, and the delivery log says why.
/// </summary>
public sealed class HttpDelivery : IServiceState, IDisposable
{
    /// <summary>AWS waits 15 seconds for an HTTP/S endpoint to answer.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(15);

    private const int Workers = 8;

    private readonly Channel<Attempt> _ready = Channel.CreateUnbounded<Attempt>();
    private readonly HttpClient _client = new(new StaleConnectionRetry())
    {
        Timeout = AttemptTimeout,
    };
    private readonly ScheduledActions _retries;
    private readonly SqsDelivery _deadLetters;
    private readonly DeliveryLog _log;
    private readonly OutboundTargets _targets;
    private readonly ILogger<HttpDelivery> _logger;
    private readonly int _backlogLimit;
    private int _waiting;

    public HttpDelivery(TimeProvider clock, SqsDelivery deadLetters, DeliveryLog log, OutboundTargets targets, SnsOptions options,
        ILogger<HttpDelivery> logger)
    {
        _targets = targets;
        _backlogLimit = options.DeliveryBacklog;
        _retries = new ScheduledActions(clock);
        _deadLetters = deadLetters;
        _log = log;
        _logger = logger;
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("Amazon Simple Notification Service Agent");
        for (var i = 0; i < Workers; i++) _ = Task.Run(WorkAsync);
    }

    public void Enqueue(HttpMessage message)
    {
        var attempt = new Attempt(message, 0);
        if (Interlocked.Increment(ref _waiting) > _backlogLimit)
        {
            Interlocked.Decrement(ref _waiting);
            Log(attempt, message.DeadLetterTargetArn is null ? "dropped" : "dead-lettered", null,
                $"the emulator's SNS delivery backlog is full ({_backlogLimit} messages waiting; --sns-delivery-backlog)");
            DeadLetter(message);
            return;
        }
        _ready.Writer.TryWrite(attempt);
    }

    /// <summary>Messages waiting for a worker or for their next retry.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Forgets every retry that is waiting for its time.</summary>
    public void Reset() => Interlocked.Add(ref _waiting, -_retries.Clear());

    public void Dispose()
    {
        _ready.Writer.TryComplete();
        Reset();
        _client.Dispose();
    }

    private async Task WorkAsync()
    {
        await foreach (var attempt in _ready.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            var (outcome, status, error) = await PostAsync(attempt.Message).ConfigureAwait(false);
            var delay = outcome == Outcome.Retry ? attempt.Message.Retry.DelayBefore(attempt.Retries + 1) : null;
            Log(attempt, outcome == Outcome.Delivered ? "delivered"
                : delay is not null ? "retrying"
                : attempt.Message.DeadLetterTargetArn is not null ? "dead-lettered"
                : "failed", status, error);
            if (delay is not null)
            {
                Schedule(attempt with { Retries = attempt.Retries + 1 }, delay.Value);
                continue;
            }
            Interlocked.Decrement(ref _waiting);
            if (outcome != Outcome.Delivered) DeadLetter(attempt.Message);
        }
    }

    private void Log(Attempt attempt, string outcome, int? status, string? error)
    {
        var message = attempt.Message;
        _log.Add(message.Url.StartsWith("https:", StringComparison.OrdinalIgnoreCase) ? "https" : "http", message.Url, outcome,
            message.Header("x-amz-sns-topic-arn"), message.Header("x-amz-sns-subscription-arn"), message.Header("x-amz-sns-message-id"),
            attempt.Retries + 1, status, error);
    }

    private async Task<(Outcome Outcome, int? Status, string? Error)> PostAsync(HttpMessage message)
    {
        if (!_targets.Allows(message.Url)) return (Outcome.Refused, null, OutboundTargets.Refusal);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, message.Url)
            {
                Content = new StringContent(message.Body.Value, Encoding.UTF8),
            };
            request.Content.Headers.Remove("Content-Type");
            request.Content.Headers.TryAddWithoutValidation("Content-Type", message.ContentType);
            foreach (var (name, value) in message.Headers) request.Headers.TryAddWithoutValidation(name, value);
            using var response = await _client.SendAsync(request).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is >= 200 and < 400) return (Outcome.Delivered, status, null);
            return (status is 429 or >= 500 ? Outcome.Retry : Outcome.Refused, status, null);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            _logger.LogDebug("SNS delivery to {Url} failed: {Reason}", message.Url, exception.Message);
            return (Outcome.Retry, null, exception.Message);
        }
    }

    private void Schedule(Attempt attempt, TimeSpan delay)
    {
        if (delay <= TimeSpan.Zero) _ready.Writer.TryWrite(attempt);
        else _retries.After(delay, () => _ready.Writer.TryWrite(attempt));
    }

    private void DeadLetter(HttpMessage message)
    {
        if (message.DeadLetterTargetArn is { } queue) _deadLetters.Send(queue, message.Body.Value, message.Header("x-amz-sns-topic-arn") ?? "");
        else _logger.LogInformation("SNS gave up delivering to {Url}", message.Url);
    }

    private enum Outcome { Delivered, Retry, Refused }

    /// <summary>A message and the number of retries already spent on it.</summary>
    private sealed record Attempt(HttpMessage Message, int Retries);
}
