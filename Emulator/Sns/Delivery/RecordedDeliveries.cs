using System.Collections.Concurrent;

namespace Emulator.Sns.Delivery;

/// <summary>
/// What SNS would have sent where this machine cannot reach (email, SMS, mobile push, Lambda, Firehose),
/// kept in order per kind for the admin API.
/// </summary>
public sealed class RecordedDeliveries : IServiceState
{
    public static readonly string[] Kinds = ["email", "email-json", "sms", "application", "lambda", "firehose"];

    private readonly ConcurrentDictionary<string, ConcurrentQueue<RecordedDelivery>> _byKind = new(StringComparer.Ordinal);

    public void Record(string kind, RecordedDelivery delivery) =>
        _byKind.GetOrAdd(kind, static _ => new ConcurrentQueue<RecordedDelivery>()).Enqueue(delivery);

    public IReadOnlyList<RecordedDelivery> Of(string kind) =>
        _byKind.TryGetValue(kind, out var queue) ? queue.ToArray() : [];

    public void Clear(string kind) => _byKind.TryRemove(kind, out _);

    public void Reset() => _byKind.Clear();
}

/// <summary>One recorded delivery: where it went and what AWS would have sent.</summary>
public sealed record RecordedDelivery(
    string Endpoint,
    string Message,
    string AccountId,
    string Region,
    DateTimeOffset Timestamp,
    string? MessageId = null,
    string? TopicArn = null,
    string? SubscriptionArn = null,
    string? Subject = null,
    IReadOnlyDictionary<string, string>? Attributes = null);
