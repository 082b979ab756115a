using Emulator.S3.Durability;
using System.Collections.Concurrent;
using Emulator.Protocol.Shapes;
using Emulator.S3.Multipart;

namespace Emulator.S3.Buckets;

/// <summary>
/// One bucket: its name, owner, region and the location constraint it was created with (none in us-east-1; <c>EU</c>,
/// AWS's old name of eu-west-1, is kept as given), and its objects by key in S3's (binary) order.
/// </summary>
public sealed class S3Bucket(string name, string accountId, string? locationConstraint, DateTimeOffset created, S3Journal journal,
    IReadOnlyDictionary<string, string>? tags = null)
{
    public string Name { get; } = name;
    public string AccountId { get; } = accountId;
    public string? LocationConstraint { get; } = locationConstraint;

    /// <summary>The bucket's tag set, replaced whole by PutBucketTagging.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; private set; } = tags ?? new Dictionary<string, string>();

    public void ReplaceTags(IReadOnlyDictionary<string, string> tags)
    {
        lock (_objectsLock)
        {
            Tags = tags;
            journal.BucketSaved(this);
        }
    }
    public string Region { get; } = locationConstraint switch { null => "us-east-1", "EU" => "eu-west-1", var named => named };
    public DateTimeOffset Created { get; } = created;
    public string Arn => $"arn:aws:s3:::{Name}";

    /// <summary>Multipart uploads in progress, by upload id.</summary>
    public ConcurrentDictionary<string, MultipartUpload> Uploads { get; } = new(StringComparer.Ordinal);

    private readonly object _objectsLock = new();
    private readonly SortedDictionary<string, S3Object> _objects = new(StringComparer.Ordinal);

    public bool IsEmpty
    {
        get { lock (_objectsLock) return _objects.Count == 0; }
    }

    /// <summary>How many objects the bucket holds and their bytes, for inspection.</summary>
    public (int Objects, long Bytes) Totals()
    {
        lock (_objectsLock) return (_objects.Count, _objects.Values.Sum(o => o.Size));
    }

    /// <summary>The object's description; its data is read only through <see cref="Read"/>.</summary>
    public S3Object? Find(string key)
    {
        lock (_objectsLock) return _objects.GetValueOrDefault(key);
    }

    /// <summary>
    /// The object and a reference to its data, taken together so that an overwrite or delete in between cannot release
    /// the data first. The caller disposes the reference.
    /// </summary>
    public (S3Object Object, StreamingBlob Data)? Read(string key)
    {
        lock (_objectsLock)
            return _objects.TryGetValue(key, out var item) ? (item, item.Content.Retain()) : null;
    }

    /// <summary>
    /// Stores the object, which owns a reference to its data from now on; the data it replaces is released. A condition
    /// is checked against the object there is at the moment of the write (<paramref name="seenBefore"/>: the object a
    /// multipart upload began over); a refused write releases the new object's data.
    /// </summary>
    public void Put(S3Object item, WriteCondition? condition = null, (S3Object? Object, bool Known) seenBefore = default)
    {
        S3Object? replaced;
        try
        {
            lock (_objectsLock)
            {
                _objects.TryGetValue(item.Key, out replaced);
                condition?.Check(item.Key, replaced, seenBefore.Known && !ReferenceEquals(seenBefore.Object, replaced));
                _objects[item.Key] = item;
                journal.ObjectSaved(this, item);
            }
        }
        catch
        {
            item.Content.Dispose();
            throw;
        }
        if (replaced is not null && !ReferenceEquals(replaced.Content, item.Content)) replaced.Content.Dispose();
    }

    /// <summary>Replaces the object's tags, keeping its data; false when there is no such object.</summary>
    public bool Retag(string key, IReadOnlyDictionary<string, string> tags)
    {
        lock (_objectsLock)
        {
            if (!_objects.TryGetValue(key, out var item)) return false;
            _objects[key] = item = item.WithTags(tags);
            journal.ObjectSaved(this, item);
            return true;
        }
    }

    /// <summary>Every object, for a snapshot: each with a reference to its data that the caller disposes.</summary>
    public IReadOnlyList<(S3Object Object, StreamingBlob Data)> ReadAll()
    {
        lock (_objectsLock) return [.. _objects.Values.Select(item => (item, item.Content.Retain()))];
    }

    /// <summary>Objects read back from records, into a bucket being restored; they are not journaled again.</summary>
    public void Restore(IEnumerable<S3Object> objects)
    {
        lock (_objectsLock)
            foreach (var item in objects) _objects[item.Key] = item;
    }

    public ObjectListing List(string? prefix, string? delimiter, string? after, int maxKeys)
    {
        lock (_objectsLock) return ObjectListing.Page(_objects.Values, prefix, delimiter, after, maxKeys);
    }

    /// <summary>Releases every object's data and ends every upload (the bucket is going away).</summary>
    public void Clear()
    {
        List<S3Object> objects;
        lock (_objectsLock)
        {
            objects = [.. _objects.Values];
            _objects.Clear();
        }
        foreach (var item in objects) item.Content.Dispose();
        foreach (var id in Uploads.Keys)
            if (Uploads.TryRemove(id, out var upload)) upload.End(_ => []);
    }

    public void Delete(string key)
    {
        S3Object? removed;
        lock (_objectsLock)
        {
            if (_objects.Remove(key, out removed)) journal.ObjectDeleted(this, key);
        }
        removed?.Content.Dispose();
    }
}
