using System.Buffers;
using Emulator.Common.Durability;
using Emulator.Kinesis.Durability;

namespace Emulator.Kinesis.Streams;

/// <summary>
/// One shard: its hash key range, its lineage, and its records in arrival order. Positions count every record the
/// shard ever held, so that iterators stay valid while retention trims the oldest. Guarded by its own lock.
/// </summary>
public sealed class StreamShard(string id, UInt128 startingHashKey, UInt128 endingHashKey, UInt128 startingSequence, DateTimeOffset createdAt,
    string? parentShardId = null, string? adjacentParentShardId = null)
{
    private readonly object _lock = new();
    private readonly RecordLog _records = new();
    private TaskCompletionSource? _arrival;

    public string Id { get; } = id;
    public UInt128 StartingHashKey { get; } = startingHashKey;
    public UInt128 EndingHashKey { get; } = endingHashKey;
    public UInt128 StartingSequence { get; } = startingSequence;
    public string? ParentShardId { get; } = parentShardId;
    public string? AdjacentParentShardId { get; } = adjacentParentShardId;
    public DateTimeOffset CreatedAt { get; } = createdAt;

    /// <summary>The shard's per-second quotas, counted only when throughput limits are on.</summary>
    public ShardThroughput Throughput { get; } = new();

    /// <summary>Whether the shard was open at <paramref name="time"/>.</summary>
    public bool OpenAt(DateTimeOffset time) => CreatedAt <= time && (ClosedAt is not { } closed || closed > time);

    /// <summary>Set when a split, merge or scaling closes the shard: its last sequence number.</summary>
    public UInt128? EndingSequence { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public bool IsOpen => EndingSequence is null;

    public IReadOnlyList<string> ChildShardIds { get; private set; } = [];

    /// <summary>
    /// Appends records in order, each with <paramref name="stream"/>'s next sequence number written to
    /// <paramref name="sequences"/>, under one hold of this shard's lock so that numbers grow in the shard's order; false,
    /// with nothing appended, when the shard has closed meanwhile (the caller then routes the records again).
    /// </summary>
    public bool TryAppend(ReadOnlySpan<IncomingRecord> records, Span<UInt128> sequences, DateTimeOffset now, KinesisStream stream)
    {
        var journaled = stream.Journal.Prepare(records);
        var prefix = journaled is null ? null : StreamRecords.ShardPrefix(stream, Id);
        lock (_lock)
        {
            if (!IsOpen) return false;
            for (var i = 0; i < records.Length; i++)
            {
                sequences[i] = stream.NextSequence();
                var arrivedTicks = _records.Append(records[i].Data, records[i].PartitionKey, sequences[i], now);
                if (journaled is not null) stream.Journal.RecordAppended(prefix!, journaled[i], sequences[i], arrivedTicks);
            }
            Signal();
            return true;
        }
    }

    /// <summary>Closes the shard: no record is appended after this; its ending sequence number is the stream's current one.</summary>
    public void Close(Func<UInt128> currentSequence, DateTimeOffset at)
    {
        lock (_lock)
        {
            EndingSequence = currentSequence();
            ClosedAt = at;
            Signal();
        }
    }

    /// <summary>
    /// Completes when a record arrives at or after <paramref name="position"/> or the shard closes (at once if that
    /// already happened): how a subscription waits without polling.
    /// </summary>
    public Task WhenReadable(long position)
    {
        lock (_lock)
        {
            if (_records.End > position || !IsOpen) return Task.CompletedTask;
            return (_arrival ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
        }
    }

    private void Signal()
    {
        _arrival?.TrySetResult();
        _arrival = null;
    }

    /// <summary>Records the shards that replaced this one, for readers that reach its end.</summary>
    public void AdoptChildren(IReadOnlyList<string> children) => ChildShardIds = children;

    /// <summary>The absolute position just past the newest record.</summary>
    public long End
    {
        get { lock (_lock) return _records.End; }
    }

    /// <summary>The sequence number of the newest record, or just before the shard's first when it holds none.</summary>
    public UInt128 NewestSequence
    {
        get { lock (_lock) return _records.NewestSequence ?? StartingSequence - 1; }
    }

    /// <summary>The memory the shard's records take.</summary>
    public long StoredBytes
    {
        get { lock (_lock) return _records.Bytes; }
    }

    /// <summary>The absolute position of the oldest record still held.</summary>
    public long Start
    {
        get { lock (_lock) return _records.Start; }
    }

    /// <summary>
    /// Records from <paramref name="position"/> on (clamped to the oldest held), at most <paramref name="limit"/> and
    /// <paramref name="maxBytes"/> of data, each as <paramref name="view"/> shows it, and the position after the last one.
    /// The lock is held only while the records' places are copied; the views are made after it is released.
    /// </summary>
    public (List<T> Records, long Next) Read<T>(long position, int limit, long maxBytes, Func<StoredRecord, T> view)
    {
        // A full batch of places takes 640 KB (10,000 records): rented, not allocated on every read.
        var places = ArrayPool<StoredRecord>.Shared.Rent(limit);
        var count = 0;
        try
        {
            long next;
            lock (_lock) (count, next) = _records.Read(position, limit, maxBytes, places);
            var batch = places.AsSpan(0, count);
            // The partition keys lie in cold memory, one cache line per record; touching them all in a tight loop first
            // lets the processor fetch many lines at once, where the views below would wait for them one by one.
            var touched = 0;
            foreach (ref readonly var place in batch) touched += place.PartitionKeyUtf8.Length > 0 ? place.PartitionKeyUtf8.Span[0] : 0;
            GC.KeepAlive(touched);
            var records = new List<T>(count);
            foreach (var record in batch) records.Add(view(record));
            return (records, next);
        }
        finally
        {
            // Cleared, so that the pool holds no views of chunks a trim or a deleted stream has let go.
            places.AsSpan(0, count).Clear();
            ArrayPool<StoredRecord>.Shared.Return(places);
        }
    }

    /// <summary>The position of the first record whose sequence number is at least <paramref name="sequence"/> (or past it).</summary>
    public long PositionOf(UInt128 sequence, bool after)
    {
        lock (_lock) return _records.PositionOf(sequence, after);
    }

    public bool Holds(UInt128 sequence)
    {
        lock (_lock) return _records.Holds(sequence);
    }

    /// <summary>The position of the first record that arrived at or after <paramref name="timestamp"/>.</summary>
    public long PositionAt(DateTimeOffset timestamp)
    {
        lock (_lock) return _records.PositionAt(timestamp);
    }

    /// <summary>Drops records that arrived before <paramref name="cutoff"/> (and in durable mode, from <paramref name="stream"/>'s journal).</summary>
    public void Trim(DateTimeOffset cutoff, KinesisStream stream)
    {
        lock (_lock)
            if (_records.Trim(cutoff) is { } newestDropped)
                stream.Journal.RecordsTrimmed(stream, this, newestDropped);
    }

    /// <summary>A shard as its stream's record describes it, without its records yet.</summary>
    public static StreamShard Restore(StoredShard stored)
    {
        var shard = new StreamShard(stored.Id, stored.StartingHashKey, stored.EndingHashKey, stored.StartingSequence, stored.CreatedAt,
            stored.ParentShardId, stored.AdjacentParentShardId);
        if (stored.EndingSequence is { } ending) shard.Close(() => ending, stored.ClosedAt!.Value);
        shard.AdoptChildren(stored.ChildShardIds);
        return shard;
    }

    /// <summary>The shard's data records as journal records, oldest first: those it held when asked, and maybe a few newer.</summary>
    public IEnumerable<DurableRecord> Capture(KinesisStream stream)
    {
        var prefix = StreamRecords.ShardPrefix(stream, Id);
        var end = End;
        for (var position = Start; position < end;)
        {
            // Views stay valid once read, so records are encoded outside the lock, a batch at a time.
            var (records, next) = Read(position, 1_000, long.MaxValue, record =>
                new DurableRecord(KinesisJournal.RecordKind, DataRecords.Key(prefix, record.SequenceNumber), DataRecords.Encode(record)));
            foreach (var record in records) yield return record;
            position = next;
        }
    }

    /// <summary>Puts records read back from the journal into the log, in sequence order.</summary>
    public void Restore(IEnumerable<StoredData> records)
    {
        lock (_lock)
            foreach (var record in records.OrderBy(r => r.Sequence))
                _records.Append(record.Data.Span, record.PartitionKey, record.Sequence, record.ArrivedAt);
    }
}
