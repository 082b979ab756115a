using System.Collections.Immutable;

namespace Emulator.Kinesis.Streams;

/// <summary>A stream's shards and resharding (split, merge, uniform scaling), changed under the stream's lock.</summary>
public sealed partial class KinesisStream
{
    private readonly Queue<DateTimeOffset> _shardCountUpdates = new();
    private ImmutableList<StreamShard> _shards = [];
    private StreamShard[] _open = [];
    private int _nextShardIndex;

    /// <summary>Every shard the stream has had and still holds, in creation order.</summary>
    public ImmutableList<StreamShard> Shards => Volatile.Read(ref _shards);

    public IReadOnlyList<StreamShard> OpenShards => Volatile.Read(ref _open);

    /// <summary>The memory the stream's records take.</summary>
    public long StoredBytes => Shards.Sum(s => s.StoredBytes);

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

    /// <summary>Forgets closed shards whose records have all passed the retention period.</summary>
    public void ForgetExpiredShards(DateTimeOffset cutoff)
    {
        lock (_lock)
        {
            var expired = _shards.Where(s => s.ClosedAt is { } closed && closed < cutoff).ToList();
            if (expired.Count == 0) return;
            _shards = _shards.RemoveRange(expired);
            Saved();
            foreach (var shard in expired) _journal.ShardForgotten(this, shard);
        }
    }

    /// <summary>Splits an open shard at <paramref name="newStartingHashKey"/>, which must lie strictly inside it (above start + 1).</summary>
    public void Split(string shardId, string newStartingHashKey, DateTimeOffset now, string statusAfter) => WhileActive(statusAfter, () =>
    {
        var parent = OpenShard(shardId);
        // The model's pattern allows 39 digits, so a key can still be past 2^128-1: no shard then covers it.
        if (!HashKeys.TryParse(newStartingHashKey, out var start) || start <= parent.StartingHashKey || start - parent.StartingHashKey == 1
            || start >= parent.EndingHashKey)
            throw KinesisErrors.InvalidArgument(
                $"NewStartingHashKey {newStartingHashKey} used in SplitShard() on shard {parent.Id} in stream {Name} under account {AccountId} is not both greater than one plus the shard's StartingHashKey {HashKeys.Format(parent.StartingHashKey)} and less than the shard's EndingHashKey {HashKeys.Format(parent.EndingHashKey)}.");
        parent.Close(CurrentSequence, now);
        var left = AddShard(parent.StartingHashKey, start - 1, now, parent.Id);
        var right = AddShard(start, parent.EndingHashKey, now, parent.Id);
        parent.AdoptChildren([left.Id, right.Id]);
        RefreshOpen();
    });

    /// <summary>Merges an open shard with the open shard that starts right after it.</summary>
    public void Merge(string shardId, string adjacentShardId, DateTimeOffset now, string statusAfter) => WhileActive(statusAfter, () =>
    {
        var shard = OpenShard(shardId);
        var adjacent = OpenShard(adjacentShardId);
        // AWS merges a shard with the one that starts right after it, not the other way round; the last shard of the
        // space has none (its ending key plus one would wrap to the first shard's start).
        if (shard.EndingHashKey == UInt128.MaxValue || shard.EndingHashKey + 1 != adjacent.StartingHashKey)
            throw KinesisErrors.InvalidArgument(
                $"Shards {shard.Id} and {adjacent.Id} in stream {Name} under account {AccountId} are not an adjacent pair of shards eligible for merging");
        shard.Close(CurrentSequence, now);
        adjacent.Close(CurrentSequence, now);
        var child = AddShard(shard.StartingHashKey, adjacent.EndingHashKey, now, shard.Id, adjacent.Id);
        shard.AdoptChildren([child.Id]);
        adjacent.AdoptChildren([child.Id]);
        RefreshOpen();
    });

    /// <summary>
    /// Uniform scaling: every open shard closes and <paramref name="target"/> even shards replace them, each the child of
    /// the shards it overlaps; at most <paramref name="perDay"/> times in any rolling 24 hours.
    /// </summary>
    public void Scale(int target, int perDay, DateTimeOffset now, string statusAfter) => WhileActive(statusAfter, () =>
    {
        while (_shardCountUpdates.TryPeek(out var oldest) && now - oldest >= TimeSpan.FromDays(1)) _shardCountUpdates.Dequeue();
        if (_shardCountUpdates.Count >= perDay)
            throw KinesisErrors.LimitExceeded(
                $"UpdateShardCount can scale stream {Name} under account {AccountId} at most {perDay} times in a rolling 24-hour period.");
        _shardCountUpdates.Enqueue(now);
        var parents = _open;
        foreach (var parent in parents) parent.Close(CurrentSequence, now);
        var children = AddEvenShards(target, now, parents);
        foreach (var parent in parents)
            parent.AdoptChildren(children.Where(c => c.StartingHashKey <= parent.EndingHashKey && c.EndingHashKey >= parent.StartingHashKey)
                .Select(c => c.Id).ToList());
    });

    /// <summary>Adds <paramref name="count"/> shards splitting the hash key space evenly, each the child of the <paramref name="parents"/> it overlaps.</summary>
    private List<StreamShard> AddEvenShards(int count, DateTimeOffset now, IReadOnlyList<StreamShard> parents)
    {
        var starts = HashKeys.EvenStarts(count);
        var added = new List<StreamShard>(count);
        for (var i = 0; i < count; i++)
        {
            var start = starts[i];
            var end = i + 1 < count ? starts[i + 1] - 1 : UInt128.MaxValue;
            var overlapping = parents.Where(p => p.StartingHashKey <= end && p.EndingHashKey >= start).ToList();
            added.Add(AddShard(start, end, now, overlapping.ElementAtOrDefault(0)?.Id, overlapping.ElementAtOrDefault(1)?.Id));
        }
        RefreshOpen();
        return added;
    }

    private StreamShard OpenShard(string shardId)
    {
        var id = ShardIds.Require(shardId, Name, AccountId);
        var shard = Shard(id) ?? throw KinesisErrors.ResourceNotFound($"Could not find shard {id} in stream {Name} under account {AccountId}.");
        if (!shard.IsOpen)
            throw KinesisErrors.ResourceInUse(
                $"Shard {shard.Id} in stream {Name} under account {AccountId} has already been merged or split, and thus is not eligible for merging or splitting.");
        return shard;
    }

    private StreamShard AddShard(UInt128 start, UInt128 end, DateTimeOffset now, string? parent = null, string? adjacentParent = null)
    {
        var shard = new StreamShard(ShardIds.Format(_nextShardIndex++), start, end, CurrentSequence() + 1, now, parent, adjacentParent);
        _shards = _shards.Add(shard);
        return shard;
    }

    private void RefreshOpen() => Volatile.Write(ref _open, _shards.Where(s => s.IsOpen).OrderBy(s => s.StartingHashKey).ToArray());
}
