using Emulator.Common.Durability;
using Emulator.Kinesis.Streams;

namespace Emulator.Kinesis.Durability;

/// <summary>
/// Kinesis's streams and records as records, and back. What was in a transitional status when the process stopped is
/// restored as it would have ended: CREATING and UPDATING streams and CREATING consumers are ACTIVE, DELETING consumers
/// are gone (a DELETING stream is already gone from the journal). Iterators are not state: they are sealed with a key
/// of the process that issued them, and a restarted emulator refuses them as invalid.
/// </summary>
public sealed class KinesisDurableState(KinesisStore store, KinesisJournal journal) : IDurableState
{
    public IReadOnlyList<string> Kinds => KinesisJournal.Kinds;

    public IEnumerable<DurableRecord> Capture(bool selfContained)
    {
        foreach (var stream in store.All())
        {
            var (record, shards) = stream.Capture();
            yield return record;
            foreach (var shard in shards)
            foreach (var data in shard.Capture(stream))
                yield return data;
        }
    }

    public void Restore(DurableRecords records)
    {
        var dataByShard = records.Of(KinesisJournal.RecordKind)
            .GroupBy(r => r.Key[..(r.Key.LastIndexOf('/') + 1)], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => DataRecords.Read(r.Value)), StringComparer.Ordinal);
        var trimmed = records.Of(KinesisJournal.TrimKind).ToDictionary(r => r.Key, r => KinesisJournal.ReadTrimmed(r.Value), StringComparer.Ordinal);
        foreach (var record in records.Of(KinesisJournal.StreamKind))
        {
            var stored = StreamRecords.Decode(record.Value);
            var stream = new KinesisStream(Settled(stored), journal);
            foreach (var shard in stream.Shards)
            {
                if (dataByShard.TryGetValue(StreamRecords.ShardPrefix(stream, shard.Id), out var data))
                {
                    var restored = data.ToList();
                    shard.Restore(restored);
                    if (restored.Count > 0) stream.ReserveSequence(restored.Max(r => r.Sequence));
                }
                if (trimmed.TryGetValue(StreamRecords.ShardKey(stream, shard.Id), out var newestTrimmed)) stream.ReserveSequence(newestTrimmed);
            }
            store.TryAdd(stream);
        }
    }

    private static StoredStream Settled(StoredStream stored) => stored with
    {
        Status = StreamStatus.Active,
        Consumers = [.. stored.Consumers.Where(c => c.Status != StreamStatus.Deleting).Select(c => c with { Status = StreamStatus.Active })],
    };
}
