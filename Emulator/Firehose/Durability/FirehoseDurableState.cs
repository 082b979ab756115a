using Emulator.Common.Durability;
using Emulator.Firehose.Delivery;
using Emulator.Firehose.Streams;

namespace Emulator.Firehose.Durability;

/// <summary>
/// Firehose's delivery streams, the records they have accepted and not delivered, and their Kinesis sources' positions,
/// as records and back. Restored after Kinesis (registered before Firehose), so that a source resumes on its stream as
/// restored: after the sequence number it had been read to in each shard. A stream CREATING when the process stopped is
/// ACTIVE; its accepted records are delivered at once.
/// </summary>
public sealed class FirehoseDurableState(FirehoseStore store, Deliveries deliveries, KinesisSources sources, FirehoseJournal journal)
    : IDurableState
{
    public IReadOnlyList<string> Kinds => FirehoseJournal.Kinds;

    public IEnumerable<DurableRecord> Capture(bool selfContained)
    {
        foreach (var stream in store.Regions.SelectMany(r => r.ByName.Values))
        {
            var key = DeliveryStreamRecords.Key(stream);
            yield return stream.Capture();
            if (deliveries.Pipeline(stream) is not { } pipeline) continue;
            var (accepted, positions) = pipeline.Capture();
            foreach (var record in accepted)
                yield return new DurableRecord(FirehoseJournal.RecordKind, AcceptedRecords.Key(key, record.Number), AcceptedRecords.Encode(record.Data, record.Arrived));
            foreach (var (shardId, sequenceNumber) in positions) yield return FirehoseJournal.Position(key, shardId, sequenceNumber);
        }
    }

    public void Restore(DurableRecords records)
    {
        var accepted = ByStream(records.Of(FirehoseJournal.RecordKind));
        var positions = ByStream(records.Of(FirehoseJournal.SourceKind));
        foreach (var record in records.Of(FirehoseJournal.StreamKind))
        {
            var stored = DeliveryStreamRecords.Decode(record.Value);
            var stream = DeliveryStream.Restore(stored with { Status = stored.Status == "CREATING" ? "ACTIVE" : stored.Status }, journal);
            store.TryAdd(stream);
            var resumeAfter = positions.GetValueOrDefault(record.Key, []).Select(FirehoseJournal.ReadPosition)
                .ToDictionary(p => p.ShardId, p => p.SequenceNumber, StringComparer.Ordinal);
            var undelivered = accepted.GetValueOrDefault(record.Key, []).Select(r => AcceptedRecords.Decode(r.Key, r.Value)).ToList();
            if (undelivered.Count > 0 || resumeAfter.Count > 0) deliveries.Restore(stream, undelivered, resumeAfter);
            if (stream.KinesisSource is not null) sources.Resume(stream, resumeAfter);
        }
    }

    /// <summary>Records of a kind read back, by the key of the stream they belong to.</summary>
    private static Dictionary<string, List<DurableRecord>> ByStream(IEnumerable<DurableRecord> records) =>
        records.GroupBy(r => r.Key[..r.Key.LastIndexOf('/')], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
}
