namespace Emulator.Sns.Publishing;

/// <summary>
/// A FIFO topic's ordering: each accepted message takes the next sequence number, and a message whose
/// deduplication id was accepted in the last five minutes is answered with the original's id and number, not delivered again.
/// </summary>
public sealed class FifoTopicSequencer(TimeProvider clock)
{
    private readonly object _lock = new();
    private readonly DeduplicationWindow<(Guid MessageId, string SequenceNumber)> _window = new();
    private ulong _sequence = 10_000_000_000_000_000_000UL;

    /// <summary>The id and sequence number of the message; <c>Duplicate</c> is true when it repeats an earlier one.</summary>
    public (Guid MessageId, string SequenceNumber, bool Duplicate) Accept(string deduplicationKey, Guid messageId, Action<string> deliverInOrder)
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow().UtcTicks;
            if (_window.TryGet(deduplicationKey, now, out var original)) return (original.MessageId, original.SequenceNumber, true);
            var sequence = (++_sequence).ToString("D20");
            _window.Remember(deduplicationKey, (messageId, sequence), now);
            // Delivering inside the lock keeps every subscribed queue in the topic's order.
            deliverInOrder(sequence);
            return (messageId, sequence, false);
        }
    }

    public void Clear()
    {
        lock (_lock) _window.Clear();
    }
}
