using System.Collections.Immutable;

namespace Emulator.Kinesis.Streams;

/// <summary>
/// One stream: its shards (open and closed, in creation order), settings, tags and consumers. Records go straight to
/// the shard that covers their hash key; resharding and settings changes take the stream's lock.
/// </summary>
public sealed class KinesisStream
{
    private readonly object _lock = new();
    private readonly Queue<DateTimeOffset> _shardCountUpdates = new();
    private ImmutableList<StreamShard> _shards = [];
    private StreamShard[] _open = [];
    private ulong _sequence;
    private int _nextShardIndex;

    public KinesisStream(string accountId, string region, string name, DateTimeOffset createdAt, StreamSettings settings)
    {
        AccountId = accountId;
        Region = region;
        Name = name;
        Arn = $"arn:aws:kinesis:{region}:{accountId}:stream/{name}";
        CreatedAt = createdAt;
        Settings = settings;
    }

    public string AccountId { get; }
    public string Region { get; }
    public string Name { get; }
    public string Arn { get; }
    public DateTimeOffset CreatedAt { get; }

    public string Status { get; set; } = StreamStatus.Active;

    public StreamSettings Settings { get; set; }

    public ImmutableDictionary<string, string> Tags { get; set; } = ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    public string? ResourcePolicy { get; set; }

    public ImmutableDictionary<string, StreamConsumer> Consumers { get; set; } = ImmutableDictionary<string, StreamConsumer>.Empty;

    /// <summary>Every shard the stream has had and still holds, in creation order.</summary>
    public ImmutableList<StreamShard> Shards => Volatile.Read(ref _shards);

    public IReadOnlyList<StreamShard> OpenShards => Volatile.Read(ref _open);

    /// <summary>The memory the stream's records take.</summary>
    public long StoredBytes => Shards.Sum(s => s.StoredBytes);

    public object SyncRoot => _lock;

    /// <summary>
    /// Counts one UpdateShardCount against the quota of <paramref name="perDay"/> in any rolling 24 hours; false, and
    /// nothing counted, when the stream has used it up.
    /// </summary>
    public bool TryCountShardCountUpdate(DateTimeOffset now, int perDay)
    {
        lock (_lock)
        {
            while (_shardCountUpdates.TryPeek(out var oldest) && now - oldest >= TimeSpan.FromDays(1)) _shardCountUpdates.Dequeue();
            if (_shardCountUpdates.Count >= perDay) return false;
            _shardCountUpdates.Enqueue(now);
            return true;
        }
    }

    public UInt128 NextSequence() => (UInt128)Interlocked.Increment(ref _sequence);

    public UInt128 CurrentSequence() => (UInt128)Interlocked.Read(ref _sequence);

    public StreamShard? Shard(string shardId) => Shards.FirstOrDefault(s => s.Id == shardId);

    /// <summary>The open shard whose range covers <paramref name="hashKey"/>.</summary>
    public StreamShard Route(UInt128 hashKey)
    {
        var open = Volatile.Read(ref _open);
        int low = 0, high = open.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (open[middle].StartingHashKey <= hashKey) low = middle;
            else high = middle - 1;
        }
        return open[low];
    }

    /// <summary>Adds a shard; the caller holds <see cref="SyncRoot"/> and calls <see cref="RefreshOpen"/> when done.</summary>
    public StreamShard AddShard(UInt128 start, UInt128 end, DateTimeOffset now, string? parent = null, string? adjacentParent = null)
    {
        var shard = new StreamShard(ShardIds.Format(_nextShardIndex++), start, end, CurrentSequence() + 1, now, parent, adjacentParent);
        _shards = _shards.Add(shard);
        return shard;
    }

    public void RefreshOpen() => Volatile.Write(ref _open, _shards.Where(s => s.IsOpen).OrderBy(s => s.StartingHashKey).ToArray());

    /// <summary>Forgets closed shards whose records have all passed the retention period.</summary>
    public void ForgetExpiredShards(DateTimeOffset cutoff)
    {
        lock (_lock)
        {
            var expired = _shards.Where(s => s.ClosedAt is { } closed && closed < cutoff).ToList();
            if (expired.Count > 0) _shards = _shards.RemoveRange(expired);
        }
    }
}

/// <summary>The stream's statuses.</summary>
public static class StreamStatus
{
    public const string Creating = "CREATING";
    public const string Active = "ACTIVE";
    public const string Updating = "UPDATING";
    public const string Deleting = "DELETING";
}

/// <summary>Settings a stream carries and its operations change, replaced whole.</summary>
public sealed record StreamSettings
{
    public string Mode { get; init; } = "PROVISIONED";
    public int RetentionHours { get; init; } = 24;
    public string EncryptionType { get; init; } = "NONE";
    public string? KeyId { get; init; }
    public int MaxRecordSizeKiB { get; init; } = 1024;
    public ImmutableSortedSet<string> ShardLevelMetrics { get; init; } = ImmutableSortedSet<string>.Empty;
    public int? WarmThroughputMiBps { get; init; }
}

/// <summary>An enhanced fan-out consumer registered on a stream, with its own resource policy and tags.</summary>
public sealed record StreamConsumer(string Name, string Arn, DateTimeOffset CreatedAt, string Status)
{
    public string? ResourcePolicy { get; init; }

    public ImmutableDictionary<string, string> Tags { get; init; } = ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);
}
