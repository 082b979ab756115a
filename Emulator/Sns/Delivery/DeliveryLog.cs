using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Emulator.Sns.Delivery;

/// <summary>
/// The latest delivery attempts of every protocol, newest last, for the dashboard and the admin API: a fixed ring that
/// publishers write without a lock, so that a busy topic costs one array store per delivery and old entries fall off.
/// </summary>
public sealed class DeliveryLog(TimeProvider clock) : IServiceState
{
    public const int Capacity = 1000;

    private readonly DeliveryAttempt?[] _ring = new DeliveryAttempt?[Capacity];
    private readonly ConcurrentDictionary<(string Protocol, string Outcome), StrongBox<long>> _totals = new();
    private long _written;

    /// <summary>Attempts since the last reset by protocol and outcome, for <c>/metrics</c>; every one, not only those kept.</summary>
    public IEnumerable<(string Protocol, string Outcome, long Count)> Totals =>
        _totals.Select(t => (t.Key.Protocol, t.Key.Outcome, Interlocked.Read(ref t.Value.Value)));

    public void Add(string protocol, string endpoint, string outcome, string? topicArn, string? subscriptionArn, string? messageId,
        int attempt = 1, int? status = null, string? error = null)
    {
        Interlocked.Increment(ref _totals.GetOrAdd((protocol, outcome), static _ => new StrongBox<long>()).Value);
        var slot = Interlocked.Increment(ref _written) - 1;
        Volatile.Write(ref _ring[slot % Capacity], new DeliveryAttempt(clock.GetUtcNow(), protocol, endpoint, outcome, topicArn, subscriptionArn,
            messageId, attempt, status, error));
    }

    /// <summary>The attempts still kept, oldest first.</summary>
    public IReadOnlyList<DeliveryAttempt> Recent()
    {
        var written = Volatile.Read(ref _written);
        var from = Math.Max(0, written - Capacity);
        var entries = new List<DeliveryAttempt>((int)(written - from));
        for (var i = from; i < written; i++)
            if (Volatile.Read(ref _ring[i % Capacity]) is { } entry) entries.Add(entry);
        return entries;
    }

    public void Reset()
    {
        Interlocked.Exchange(ref _written, 0);
        Array.Clear(_ring);
        _totals.Clear();
    }
}

/// <summary>
/// One attempt to deliver: <c>delivered</c>, <c>retrying</c> (a retry is scheduled), <c>failed</c> (no retry left or a final
/// answer), <c>dead-lettered</c>, or <c>recorded</c> (kept for inspection where this machine cannot deliver).
/// </summary>
public sealed record DeliveryAttempt(
    DateTimeOffset Timestamp,
    string Protocol,
    string Endpoint,
    string Outcome,
    string? TopicArn,
    string? SubscriptionArn,
    string? MessageId,
    int Attempt,
    int? Status,
    string? Error);
