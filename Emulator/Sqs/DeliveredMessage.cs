using System.Text;

namespace Emulator.Sqs;

/// <summary>
/// A message another service delivers into a queue, sent as <paramref name="SenderId"/>. Its FIFO ids apply as the
/// queue's type needs them: a standard queue has no use for a deduplication id.
/// </summary>
public sealed record DeliveredMessage(DeliveredBody Body, string SenderId)
{
    public IReadOnlyDictionary<string, DeliveredAttribute>? Attributes { get; init; }
    public string? GroupId { get; init; }
    public string? DeduplicationId { get; init; }
}

/// <summary>
/// A delivered message's body: its text, or a <see cref="DeferredBody"/> for producers whose body is costly to write
/// (SNS signs its envelopes) so that they need not wait for it. A deferred body states its size for the queue's
/// limit; a FIFO queue, which may deduplicate by content, writes it at once.
/// </summary>
public readonly record struct DeliveredBody(string? Text, DeferredBody? Deferred, int Size)
{
    public static DeliveredBody Of(string text) => new(text, null, Encoding.UTF8.GetByteCount(text));

    public static DeliveredBody Later(Func<string> write, int size) => new(null, new DeferredBody(write, size), size);
}

/// <summary>A message attribute as another service hands it over.</summary>
public readonly record struct DeliveredAttribute(string DataType, string? StringValue, byte[]? BinaryValue);
