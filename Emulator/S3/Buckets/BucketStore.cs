using System.Collections.Concurrent;

namespace Emulator.S3.Buckets;

/// <summary>Every bucket by name: S3's bucket names are one namespace across accounts and regions.</summary>
public sealed class BucketStore : IServiceState
{
    private readonly ConcurrentDictionary<string, S3Bucket> _buckets = new(StringComparer.Ordinal);

    /// <summary>Adds the bucket, or answers the one that already has its name.</summary>
    public S3Bucket GetOrAdd(S3Bucket bucket) => _buckets.GetOrAdd(bucket.Name, bucket);

    public S3Bucket? Find(string name) => _buckets.GetValueOrDefault(name);

    /// <summary>The caller's bucket of that name; another account's is as absent to it as a missing one.</summary>
    public S3Bucket Owned(string name, string accountId) =>
        Find(name) is { } bucket && bucket.AccountId == accountId ? bucket : throw S3Errors.NoSuchBucket(name);

    /// <summary>Removes the bucket and ends its uploads in progress.</summary>
    public bool Remove(S3Bucket bucket)
    {
        if (!_buckets.TryRemove(new KeyValuePair<string, S3Bucket>(bucket.Name, bucket))) return false;
        bucket.Clear();
        return true;
    }

    public IEnumerable<S3Bucket> All => _buckets.Values;

    public IEnumerable<S3Bucket> OwnedBy(string accountId) => _buckets.Values.Where(b => b.AccountId == accountId);

    public void Reset()
    {
        foreach (var bucket in _buckets.Values)
            if (_buckets.TryRemove(new KeyValuePair<string, S3Bucket>(bucket.Name, bucket))) bucket.Clear();
    }
}
