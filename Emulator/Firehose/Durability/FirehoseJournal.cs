using System.Text;
using Emulator.Common.Durability;
using Emulator.Firehose.Streams;
using Emulator.Kinesis;

namespace Emulator.Firehose.Durability;

/// <summary>
/// Firehose's changes in durable mode: delivery streams (<see cref="DeliveryStreamRecords"/>), the records each has
/// accepted and not yet delivered (<see cref="AcceptedRecords"/>), and, for a stream fed by Kinesis, the sequence number
/// each source shard has been read to. Without a data directory every method returns at once, having encoded nothing.
/// Records are journaled under their pipeline's lock, with the source position they move to in the same commit, so that
/// after a restart a source resumes exactly after the records the stream holds.
/// </summary>
public sealed class FirehoseJournal(Journal? journal = null)
{
    public const string StreamKind = "firehose.stream";
    public const string RecordKind = "firehose.record";
    public const string SourceKind = "firehose.source";

    public static readonly IReadOnlyList<string> Kinds = [StreamKind, RecordKind, SourceKind];

    public void StreamSaved(DeliveryStream stream) =>
        journal?.Put(StreamKind, DeliveryStreamRecords.Key(stream), DeliveryStreamRecords.Encode(stream));

    /// <summary>The stream and its source positions; its accepted records go as its pipeline delivers them.</summary>
    public void StreamDeleted(DeliveryStream stream)
    {
        if (journal is null) return;
        var key = DeliveryStreamRecords.Key(stream);
        journal.Delete(StreamKind, key);
        journal.DeletePrefix(SourceKind, key + "/");
    }

    /// <summary>Where a Kinesis source starts reading, per shard (after these sequence numbers).</summary>
    public void SourceStarted(DeliveryStream stream, IReadOnlyDictionary<string, string> resumeAfter)
    {
        if (journal is null) return;
        var key = DeliveryStreamRecords.Key(stream);
        journal.Append([.. resumeAfter.Select(position => Put(Position(key, position.Key, position.Value)))]);
    }

    /// <summary>The records' values, made before the pipeline's lock is taken; null without a data directory.</summary>
    public byte[][]? Prepare(IReadOnlyList<byte[]> records, DateTimeOffset arrived)
    {
        if (journal is null) return null;
        var values = new byte[records.Count][];
        for (var i = 0; i < values.Length; i++) values[i] = AcceptedRecords.Encode(records[i], arrived);
        return values;
    }

    /// <summary>Records accepted as numbers <paramref name="first"/> on, with the source position they take the stream to, in one commit.</summary>
    public void Accepted(DeliveryStream stream, long first, byte[][] prepared, FeedBatch? source)
    {
        if (journal is null) return;
        var key = DeliveryStreamRecords.Key(stream);
        var entries = new List<JournalEntry>(prepared.Length + 1);
        for (var i = 0; i < prepared.Length; i++) entries.Add(JournalEntry.Put(RecordKind, AcceptedRecords.Key(key, first + i), prepared[i]));
        if (source is not null) entries.Add(Put(Position(key, source.ShardId, source.LastSequenceNumber)));
        journal.Append(entries);
    }

    /// <summary>Every record before number <paramref name="end"/> has been delivered (or backed up).</summary>
    public void Delivered(DeliveryStream stream, long end)
    {
        if (journal is null) return;
        var key = DeliveryStreamRecords.Key(stream);
        journal.DeleteRange(RecordKind, AcceptedRecords.Key(key, 0), AcceptedRecords.Key(key, end));
    }

    /// <summary>A source shard's position: the sequence number of the last record read from it.</summary>
    public static DurableRecord Position(string streamKey, string shardId, string sequenceNumber) =>
        new(SourceKind, $"{streamKey}/{shardId}", Encoding.UTF8.GetBytes(sequenceNumber));

    public static (string ShardId, string SequenceNumber) ReadPosition(DurableRecord record) =>
        (record.Key[(record.Key.LastIndexOf('/') + 1)..], Encoding.UTF8.GetString(record.Value));

    private static JournalEntry Put(DurableRecord record) => JournalEntry.Put(record.Kind, record.Key, record.Value);
}
