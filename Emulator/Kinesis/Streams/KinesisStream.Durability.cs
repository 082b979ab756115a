using System.Collections.Immutable;
using Emulator.Common.Durability;
using Emulator.Kinesis.Durability;

namespace Emulator.Kinesis.Streams;

/// <summary>The stream in durable mode: its record journaled as it changes, and the stream rebuilt from it.</summary>
public sealed partial class KinesisStream
{
    private bool _forgotten;

    /// <summary>Rebuilds a stream from its record, with its shards and counters, without journaling it again.</summary>
    public KinesisStream(StoredStream stored, KinesisJournal journal)
    {
        _journal = journal;
        AccountId = stored.AccountId;
        Region = stored.Region;
        Name = stored.Name;
        Arn = $"arn:aws:kinesis:{Region}:{AccountId}:stream/{Name}";
        CreatedAt = stored.CreatedAt;
        Settings = stored.Settings;
        Tags = stored.Tags;
        Status = stored.Status;
        ResourcePolicy = stored.ResourcePolicy;
        Consumers = stored.Consumers.ToImmutableDictionary(c => c.Name, StringComparer.Ordinal);
        _sequence = stored.SequenceCounter;
        _nextShardIndex = stored.NextShardIndex;
        foreach (var update in stored.ShardCountUpdates) _shardCountUpdates.Enqueue(update);
        _shards = [.. stored.Shards.Select(StreamShard.Restore)];
        RefreshOpen();
    }

    /// <summary>The last sequence number given out (read under the stream's lock, or after it is restored).</summary>
    internal ulong SequenceCounter => Interlocked.Read(ref _sequence);

    internal int NextShardIndex => _nextShardIndex;

    internal IReadOnlyCollection<DateTimeOffset> ShardCountUpdates => _shardCountUpdates;

    /// <summary>The stream's record and the shards it holds, at one moment.</summary>
    public (DurableRecord Record, IReadOnlyList<StreamShard> Shards) Capture()
    {
        lock (_lock) return (new DurableRecord(KinesisJournal.StreamKind, StreamRecords.Key(this), StreamRecords.Encode(this)), Shards);
    }

    /// <summary>Journals the stream's record: once it is in the store, before it is answered as created.</summary>
    public void Persist()
    {
        lock (_lock) Saved();
    }

    /// <summary>
    /// Puts back what a restart must not give out again: sequence numbers up to <paramref name="sequence"/> (of records
    /// restored or trimmed) are taken.
    /// </summary>
    public void ReserveSequence(UInt128 sequence)
    {
        lock (_lock) _sequence = Math.Max(_sequence, (ulong)sequence);
    }

    /// <summary>Called under the lock after each change.</summary>
    private void Saved()
    {
        if (!_forgotten) _journal.StreamSaved(this);
    }

    private void Forgotten()
    {
        if (_forgotten) return;
        _forgotten = true;
        _journal.StreamDeleted(this);
    }
}
