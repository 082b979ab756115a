using Emulator.Common.Durability;
using Emulator.Kinesis.Streams;

namespace Emulator.Kinesis.Durability;

/// <summary>
/// Kinesis's changes in durable mode, as records (<see cref="StreamRecords"/>, <see cref="DataRecords"/>); without a data
/// directory every method returns at once, having encoded nothing. A stream's record is written under the stream's
/// lock and a shard's data records under the shard's, so the journal has each in the order it was made.
/// </summary>
public sealed class KinesisJournal(Journal? journal = null)
{
    public const string StreamKind = "kinesis.stream";
    public const string RecordKind = "kinesis.record";

    /// <summary>
    /// Per shard, the sequence number of the newest record retention has dropped: after a restart the stream's counter
    /// goes past it even when no record and no other trace of it is left.
    /// </summary>
    public const string TrimKind = "kinesis.trim";

    public static readonly IReadOnlyList<string> Kinds = [StreamKind, RecordKind, TrimKind];

    public bool Enabled => journal is not null;

    public void StreamSaved(KinesisStream stream) => journal?.Put(StreamKind, StreamRecords.Key(stream), StreamRecords.Encode(stream));

    public void StreamDeleted(KinesisStream stream)
    {
        if (journal is null) return;
        var key = StreamRecords.Key(stream);
        journal.Delete(StreamKind, key);
        journal.DeletePrefix(RecordKind, key + "/");
        journal.DeletePrefix(TrimKind, key + "/");
    }

    /// <summary>The records' values, made before the shard's lock is taken; null without a data directory.</summary>
    public byte[][]? Prepare(ReadOnlySpan<IncomingRecord> records)
    {
        if (journal is null) return null;
        var values = new byte[records.Length][];
        for (var i = 0; i < records.Length; i++) values[i] = DataRecords.Prepare(records[i].Data, records[i].PartitionKey);
        return values;
    }

    /// <param name="prepared">The record's value from <see cref="Prepare"/>, which is then the journal's.</param>
    public void RecordAppended(string shardPrefix, byte[] prepared, UInt128 sequence, long arrivedTicks)
    {
        DataRecords.Stamp(prepared, sequence, arrivedTicks);
        journal?.Put(RecordKind, DataRecords.Key(shardPrefix, sequence), prepared);
    }

    /// <summary>Retention dropped the shard's records up to <paramref name="newestDropped"/>.</summary>
    public void RecordsTrimmed(KinesisStream stream, StreamShard shard, UInt128 newestDropped)
    {
        if (journal is null) return;
        var prefix = StreamRecords.ShardPrefix(stream, shard.Id);
        journal.DeleteRange(RecordKind, prefix, DataRecords.Key(prefix, newestDropped + 1));
        journal.Put(TrimKind, StreamRecords.ShardKey(stream, shard.Id), RecordCoding.Encode(writer => writer.WriteUInt128(newestDropped)));
    }

    /// <summary>A closed shard past retention is gone from the stream, with whatever of its records was still kept.</summary>
    public void ShardForgotten(KinesisStream stream, StreamShard shard)
    {
        if (journal is null) return;
        journal.DeletePrefix(RecordKind, StreamRecords.ShardPrefix(stream, shard.Id));
        journal.Delete(TrimKind, StreamRecords.ShardKey(stream, shard.Id));
    }

    public static UInt128 ReadTrimmed(byte[] value) => RecordCoding.Decode(value, reader => reader.ReadUInt128());
}
