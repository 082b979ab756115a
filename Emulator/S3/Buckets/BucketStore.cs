using Emulator.S3.Durability;
using System.Collections.Concurrent;

namespace Emulator.S3.Buckets;

/// <summary>Every bucket by name: S3's bucket names are one namespace across accounts and regions.</summary>
public sealed class BucketStore(S3Journal journal) : IServiceState
{
    private readonly ConcurrentDictionary<string, S3Bucket> _buckets = new(StringComparer.Ordinal);

    /// <summary>Where the buckets' changes go in durable mode.</summary>
    public S3Journal Journal => journal;

    /// <summary>Adds the bucket, or answers the one that already has its name.</summary>
    public S3Bucket GetOrAdd(S3Bucket bucket)
    {
        // Journaled before anyone can put into it, so that no object's record is committed ahead of its bucket's.
        journal.BucketSaved(bucket);
        var stored = _buckets.GetOrAdd(bucket.Name, bucket);
        if (!ReferenceEquals(stored, bucket)) journal.BucketSaved(stored);
        return stored;
    }

    public S3Bucket? Find(string name) => _buckets.GetValueOrDefault(name);

    /// <summary>The caller's bucket of that name; another account's is as absent to it as a missing one.</summary>
    public S3Bucket Owned(string name, string accountId) =>
        Find(name) is { } bucket && bucket.AccountId == accountId ? bucket : throw S3Errors.NoSuchBucket(name);

    /// <summary>Removes the bucket and ends its uploads in progress.</summary>
    public bool Remove(S3Bucket bucket)
    {
        if (!_buckets.TryRemove(new KeyValuePair<string, S3Bucket>(bucket.Name, bucket))) return false;
        bucket.Clear();
        journal.BucketDeleted(bucket);
        return true;
    }

    public IEnumerable<S3Bucket> All => _buckets.Values;

    /// <summary>A bucket read back from its record; not journaled again.</summary>
    public void Restore(S3Bucket bucket) => _buckets[bucket.Name] = bucket;

    public IEnumerable<S3Bucket> OwnedBy(string accountId) => _buckets.Values.Where(b => b.AccountId == accountId);

    public void Reset()
    {
        foreach (var bucket in _buckets.Values)
            if (_buckets.TryRemove(new KeyValuePair<string, S3Bucket>(bucket.Name, bucket))) bucket.Clear();
    }
}
