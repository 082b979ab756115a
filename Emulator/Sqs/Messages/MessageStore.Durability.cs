using Emulator.Common.Durability;
using Emulator.Sqs.Durability;

namespace Emulator.Sqs.Messages;

/// <summary>The store's messages as records (snapshots) and back (durable mode's start, a loaded snapshot).</summary>
public sealed partial class MessageStore
{
    /// <summary>Every message's two records, as the queue stands at one moment.</summary>
    public IReadOnlyList<DurableRecord> Capture()
    {
        var records = new List<DurableRecord>();
        lock (_lock)
        {
            foreach (var message in _arrivals.Enumerate())
            {
                var key = QueueRecords.MessageKey(_queue, message.Id);
                records.Add(new DurableRecord(SqsJournal.ContentKind, key, MessageRecords.Content(message)));
                records.Add(new DurableRecord(SqsJournal.DeliveryKind, key, MessageRecords.Delivery(message)));
            }
        }
        return records;
    }

    /// <summary>
    /// Puts messages read from records back in their order and state: delayed and in-flight ones with the time they become
    /// visible (which may have passed: the next operation applies it), counters past the highest restored, and the
    /// deduplication ids of the FIFO messages still stored.
    /// </summary>
    public void Restore(IEnumerable<SqsMessage> messages)
    {
        lock (_lock)
        {
            foreach (var message in messages.OrderBy(m => m.Arrival))
            {
                var state = message.State;
                _arrival = Math.Max(_arrival, message.Arrival);
                _sequence = Math.Max(_sequence, message.Sequence);
                _receiveTokens = Math.Max(_receiveTokens, message.ReceiveToken);
                _byId[message.Id] = message;
                _arrivals.Append(message);
                if (message.SentTimestamp < _newestArrival) _lateArrivals.Enqueue(message.Id, message.SentTimestamp);
                else _newestArrival = message.SentTimestamp;
                _order.Arrived(message);
                if (state == MessageState.Delayed)
                {
                    message.State = MessageState.Delayed;
                    _delayed++;
                    Schedule(message, message.VisibleAtTicks);
                }
                else
                {
                    MakeVisible(message);
                    if (state == MessageState.InFlight)
                    {
                        TakeInFlight(message);
                        Schedule(message, message.VisibleAtTicks);
                    }
                }
                RememberDeduplication(message);
            }
        }
    }

    private void RememberDeduplication(SqsMessage message)
    {
        if (message.DeduplicationId is not { } id) return;
        var key = _queue.Settings.DeduplicationScope == "messageGroup" ? message.GroupId + "\n" + id : id;
        _deduplication.Remember(key, new SendOutcome(message.Id, message.SequenceNumber, message.BodyMd5),
            DateTimeOffset.FromUnixTimeMilliseconds(message.SentTimestamp).UtcTicks);
    }
}
