using System.Text;

namespace Emulator.Kinesis.Streams;

/// <summary>
/// A shard's records in arrival order, laid out for millions of them: data and partition keys are copied into chunks of
/// up to 1 MiB, and each record is a fixed-size entry in segments that hold no references. To the GC the whole log is a
/// few arrays per thousand records, none of which it has to look inside, and a stored record takes little more memory
/// than its data.
/// Positions count every record ever appended, so that they stay valid while the oldest are trimmed.
/// Not thread-safe: the shard serializes access. Chunks are never written twice, so views handed out stay valid.
/// </summary>
public sealed class RecordLog
{
    private const int FirstChunkBytes = 4 * 1024;
    private const int MaxChunkBytes = 1024 * 1024;
    private const int FirstSegmentEntries = 64;
    private const int MaxSegmentEntries = 1024;

    private readonly List<byte[]> _chunks = [];
    private int _firstChunkNumber;
    private int _lastChunkUsed;
    private readonly List<Segment> _segments = [];
    private long _newestArrivalTicks;

    /// <summary>The position of the oldest record still held.</summary>
    public long Start { get; private set; }

    /// <summary>The position just past the newest record.</summary>
    public long End { get; private set; }

    /// <summary>The sequence number of the newest record held, null when none is.</summary>
    public UInt128? NewestSequence => Start == End ? null : At(End - 1).Sequence;

    /// <summary>The memory the log's chunks take.</summary>
    public long Bytes { get; private set; }

    /// <summary>
    /// Appends a record. Arrival times never go back within the log (two writers may read the clock in one order and
    /// take the shard's lock in the other), so that readers can search by time. Answers the arrival time it keeps, in ticks.
    /// </summary>
    public long Append(ReadOnlySpan<byte> data, string partitionKey, UInt128 sequence, DateTimeOffset arrivedAt)
    {
        var keyLength = Encoding.UTF8.GetByteCount(partitionKey);
        var (chunkNumber, offset) = Reserve(data.Length + keyLength);
        var chunk = _chunks[chunkNumber - _firstChunkNumber];
        data.CopyTo(chunk.AsSpan(offset));
        Encoding.UTF8.GetBytes(partitionKey, chunk.AsSpan(offset + data.Length));
        _newestArrivalTicks = Math.Max(_newestArrivalTicks, arrivedAt.UtcTicks);
        SegmentForAppend().Add(new Entry(chunkNumber, offset, data.Length, keyLength, sequence, _newestArrivalTicks));
        End++;
        return _newestArrivalTicks;
    }

    /// <summary>
    /// Views of the records from <paramref name="position"/> on (clamped to the oldest held), at most
    /// <paramref name="limit"/> records (and no more than <paramref name="into"/> holds) and <paramref name="maxBytes"/>
    /// of data (at least one record), written to the start of <paramref name="into"/>; how many, and the position after the last one.
    /// </summary>
    public (int Count, long Next) Read(long position, int limit, long maxBytes, Span<StoredRecord> into)
    {
        position = Math.Max(position, Start);
        if (position >= End) return (0, position);
        limit = Math.Min(limit, into.Length);
        long bytes = 0;
        var taken = 0;
        var segmentIndex = SegmentIndexOf(position);
        while (position < End && taken < limit)
        {
            var segment = _segments[segmentIndex];
            if (position - segment.First >= segment.Count)
            {
                segmentIndex++;
                continue;
            }
            ref readonly var entry = ref segment.Entries[position - segment.First];
            if (taken > 0 && bytes + entry.DataLength > maxBytes) break;
            bytes += entry.DataLength;
            var chunk = _chunks[entry.Chunk - _firstChunkNumber];
            into[taken] = new StoredRecord(
                chunk.AsMemory(entry.Offset, entry.DataLength),
                chunk.AsMemory(entry.Offset + entry.DataLength, entry.KeyLength),
                entry.Sequence,
                new DateTimeOffset(entry.ArrivedTicks, TimeSpan.Zero));
            taken++;
            position++;
        }
        return (taken, position);
    }

    /// <summary>The position of the first record whose sequence number is at least <paramref name="sequence"/> (past it when <paramref name="after"/>).</summary>
    public long PositionOf(UInt128 sequence, bool after) =>
        FirstWhere(position => At(position).Sequence is var value && (value > sequence || (!after && value == sequence)));

    /// <summary>Whether a record this log still holds has <paramref name="sequence"/>.</summary>
    public bool Holds(UInt128 sequence) => PositionOf(sequence, after: false) is var position && position < End && At(position).Sequence == sequence;

    /// <summary>The position of the first record that arrived at or after <paramref name="timestamp"/>.</summary>
    public long PositionAt(DateTimeOffset timestamp) => FirstWhere(position => At(position).ArrivedTicks >= timestamp.UtcTicks);

    /// <summary>
    /// Drops the records that arrived before <paramref name="cutoff"/>, and the chunks and segments only they used; answers
    /// the sequence number of the newest record dropped, null when none was.
    /// </summary>
    public UInt128? Trim(DateTimeOffset cutoff)
    {
        if (Start == End || At(Start).ArrivedTicks >= cutoff.UtcTicks) return null;
        var start = PositionAt(cutoff);
        var newestDropped = At(start - 1).Sequence;
        Start = start;
        while (_segments.Count > 1 && _segments[0].First + _segments[0].Count <= Start) _segments.RemoveAt(0);
        var oldestChunk = Start == End ? _firstChunkNumber + _chunks.Count : At(Start).Chunk;
        foreach (var chunk in _chunks.Take(oldestChunk - _firstChunkNumber)) Bytes -= chunk.Length;
        _chunks.RemoveRange(0, oldestChunk - _firstChunkNumber);
        _firstChunkNumber = oldestChunk;
        return newestDropped;
    }

    private long FirstWhere(Func<long, bool> reached)
    {
        var low = Start;
        var high = End;
        while (low < high)
        {
            var middle = low + (high - low) / 2;
            if (reached(middle)) high = middle;
            else low = middle + 1;
        }
        return low;
    }

    private ref readonly Entry At(long position)
    {
        var segment = _segments[SegmentIndexOf(position)];
        return ref segment.Entries[position - segment.First];
    }

    private int SegmentIndexOf(long position)
    {
        var low = 0;
        var high = _segments.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (_segments[middle].First <= position) low = middle;
            else high = middle - 1;
        }
        return low;
    }

    private (int Chunk, int Offset) Reserve(int length)
    {
        if (_chunks.Count > 0 && _lastChunkUsed + length <= _chunks[^1].Length)
        {
            var offset = _lastChunkUsed;
            _lastChunkUsed += length;
            return (_firstChunkNumber + _chunks.Count - 1, offset);
        }
        // Chunks (and segments) grow from small, so that a stream of many quiet shards stays small. A busy shard's chunks
        // are large objects, allocated uninitialized: the GC neither zeroes them nor copies them from generation to
        // generation, and their pages are touched once, by the records written into them.
        var size = _chunks.Count == 0 ? FirstChunkBytes : Math.Min(_chunks[^1].Length * 2, MaxChunkBytes);
        _chunks.Add(GC.AllocateUninitializedArray<byte>(Math.Max(size, length)));
        Bytes += _chunks[^1].Length;
        _lastChunkUsed = length;
        return (_firstChunkNumber + _chunks.Count - 1, 0);
    }

    private Segment SegmentForAppend()
    {
        if (_segments.Count > 0 && _segments[^1].Count < _segments[^1].Entries.Length) return _segments[^1];
        var size = _segments.Count == 0 ? FirstSegmentEntries : Math.Min(_segments[^1].Entries.Length * 2, MaxSegmentEntries);
        var segment = new Segment(End, new Entry[size]);
        _segments.Add(segment);
        return segment;
    }

    private sealed class Segment(long first, Entry[] entries)
    {
        public long First { get; } = first;
        public Entry[] Entries { get; } = entries;
        public int Count { get; private set; }

        public void Add(in Entry entry) => Entries[Count++] = entry;
    }

    /// <summary>40 bytes: the sequence number is kept as two halves, as a UInt128 field would align the entry to 48.</summary>
    private readonly struct Entry(int chunk, int offset, int dataLength, int keyLength, UInt128 sequence, long arrivedTicks)
    {
        private readonly ulong _sequenceUpper = (ulong)(sequence >> 64);
        private readonly ulong _sequenceLower = (ulong)sequence;

        public int Chunk { get; } = chunk;
        public int Offset { get; } = offset;
        public int DataLength { get; } = dataLength;
        public int KeyLength { get; } = keyLength;
        public long ArrivedTicks { get; } = arrivedTicks;
        public UInt128 Sequence => new(_sequenceUpper, _sequenceLower);
    }
}
