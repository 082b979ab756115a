using Emulator.Common.Durability;
using Emulator.Sqs.Messages;
using Emulator.Sqs.Queues;

namespace Emulator.Sqs.Durability;

/// <summary>SQS's queues and messages as records, and back: what durable mode restores at start and snapshots hold.</summary>
public sealed class SqsDurableState(SqsStore store, QueueAttributeParser parser, TimeProvider clock) : IDurableState
{
    public IReadOnlyList<string> Kinds => SqsJournal.Kinds;

    public IEnumerable<DurableRecord> Capture(bool selfContained)
    {
        foreach (var queue in store.AllQueues())
        {
            yield return new DurableRecord(SqsJournal.QueueKind, QueueRecords.Key(queue), QueueRecords.Encode(queue));
            foreach (var record in queue.Messages.Capture()) yield return record;
        }
    }

    public void Restore(DurableRecords records)
    {
        var deliveries = records.Of(SqsJournal.DeliveryKind).ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
        var messagesByQueue = records.Of(SqsJournal.ContentKind)
            .Where(r => deliveries.ContainsKey(r.Key))
            .GroupBy(r => r.Key[..r.Key.LastIndexOf('/')], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => MessageRecords.Read(r.Value, deliveries[r.Key])).ToList(), StringComparer.Ordinal);
        foreach (var record in records.Of(SqsJournal.QueueKind))
        {
            var stored = QueueRecords.Decode(record.Value);
            var arn = new QueueArn(stored.Region, stored.AccountId, stored.Name);
            var queue = new SqsQueue(stored.AccountId, stored.Region, stored.Name, parser.Restore(stored.Attributes, arn), stored.Tags, clock,
                store.FindByArn, store.Journal, stored.Created, stored.LastModified);
            store.Region(stored.AccountId, stored.Region).ByName[stored.Name] = queue;
            if (messagesByQueue.TryGetValue(record.Key, out var messages)) queue.Messages.Restore(messages);
        }
    }
}
