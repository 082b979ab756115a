namespace Emulator.Kinesis.Streams;

/// <summary>
/// One shard: its hash key range, its lineage, and its records in arrival order. Positions count every record the
/// shard ever held, so that iterators stay valid while retention trims the oldest. Guarded by its own lock.
/// </summary>
public sealed class StreamShard(string id, UInt128 startingHashKey, UInt128 endingHashKey, UInt128 startingSequence, DateTimeOffset createdAt,
    string? parentShardId = null, string? adjacentParentShardId = null)
{
    private readonly object _lock = new();
    private readonly List<StoredRecord> _records = [];
    private long _trimmed;
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

    public bool Covers(UInt128 hashKey) => hashKey >= StartingHashKey && hashKey <= EndingHashKey;

    /// <summary>
    /// Appends a record with the stream's next sequence number, taken under this shard's lock so that numbers grow
    /// in the shard's order; null when the shard has closed meanwhile (the caller then routes the record again).
    /// </summary>
    public StoredRecord? TryAppend(byte[] data, string partitionKey, DateTimeOffset now, Func<UInt128> nextSequence)
    {
        lock (_lock)
        {
            if (!IsOpen) return null;
            var record = new StoredRecord(data, partitionKey, nextSequence(), now);
            _records.Add(record);
            Signal();
            return record;
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
            if (_trimmed + _records.Count > position || !IsOpen) return Task.CompletedTask;
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
        get { lock (_lock) return _trimmed + _records.Count; }
    }

    /// <summary>The absolute position of the oldest record still held.</summary>
    public long Start
    {
        get { lock (_lock) return _trimmed; }
    }

    /// <summary>
    /// Records from <paramref name="position"/> on (clamped to the oldest held), at most <paramref name="limit"/> and
    /// <paramref name="maxBytes"/> of data, and the position after the last one returned.
    /// </summary>
    public (List<StoredRecord> Records, long Next, DateTimeOffset? NewestArrival) Read(long position, int limit, long maxBytes)
    {
        lock (_lock)
        {
            var from = Math.Max(position, _trimmed);
            var records = new List<StoredRecord>(Math.Min(limit, 1000));
            long bytes = 0;
            var index = (int)(from - _trimmed);
            while (index < _records.Count && records.Count < limit)
            {
                var record = _records[index];
                if (records.Count > 0 && bytes + record.Data.Length > maxBytes) break;
                bytes += record.Data.Length;
                records.Add(record);
                index++;
            }
            return (records, _trimmed + index, _records.Count > 0 ? _records[^1].ArrivedAt : null);
        }
    }

    /// <summary>The position of the first record whose sequence number is at least <paramref name="sequence"/> (or past it).</summary>
    public long PositionOf(UInt128 sequence, bool after)
    {
        lock (_lock)
        {
            var low = 0;
            var high = _records.Count;
            while (low < high)
            {
                var middle = (low + high) / 2;
                var value = _records[middle].SequenceNumber;
                if (value < sequence || (after && value == sequence)) low = middle + 1;
                else high = middle;
            }
            return _trimmed + low;
        }
    }

    /// <summary>The position of the first record that arrived at or after <paramref name="timestamp"/>.</summary>
    public long PositionAt(DateTimeOffset timestamp)
    {
        lock (_lock)
        {
            var low = 0;
            var high = _records.Count;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (_records[middle].ArrivedAt < timestamp) low = middle + 1;
                else high = middle;
            }
            return _trimmed + low;
        }
    }

    /// <summary>Drops records that arrived before <paramref name="cutoff"/>.</summary>
    public void Trim(DateTimeOffset cutoff)
    {
        lock (_lock)
        {
            var count = 0;
            while (count < _records.Count && _records[count].ArrivedAt < cutoff) count++;
            if (count == 0) return;
            _records.RemoveRange(0, count);
            _trimmed += count;
        }
    }

    public int Count
    {
        get { lock (_lock) return _records.Count; }
    }
}
