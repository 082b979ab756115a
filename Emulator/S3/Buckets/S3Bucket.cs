namespace Emulator.S3.Buckets;

/// <summary>
/// One bucket: its name, owner, region and the location constraint it was created with (none in us-east-1; <c>EU</c>,
/// AWS's old name of eu-west-1, is kept as given), and its objects by key in S3's (binary) order.
/// </summary>
public sealed class S3Bucket(string name, string accountId, string? locationConstraint, DateTimeOffset created)
{
    public string Name { get; } = name;
    public string AccountId { get; } = accountId;
    public string? LocationConstraint { get; } = locationConstraint;

    /// <summary>The bucket's tag set, replaced whole by PutBucketTagging.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; private set; } = new Dictionary<string, string>();

    public void ReplaceTags(IReadOnlyDictionary<string, string> tags) => Tags = tags;
    public string Region { get; } = locationConstraint switch { null => "us-east-1", "EU" => "eu-west-1", var named => named };
    public DateTimeOffset Created { get; } = created;
    public string Arn => $"arn:aws:s3:::{Name}";

    private readonly object _objectsLock = new();
    private readonly SortedDictionary<string, S3Object> _objects = new(StringComparer.Ordinal);

    public bool IsEmpty
    {
        get { lock (_objectsLock) return _objects.Count == 0; }
    }

    public S3Object? Find(string key)
    {
        lock (_objectsLock) return _objects.GetValueOrDefault(key);
    }

    public void Put(S3Object item)
    {
        lock (_objectsLock) _objects[item.Key] = item;
    }

    public ObjectListing List(string? prefix, string? delimiter, string? after, int maxKeys)
    {
        lock (_objectsLock) return ObjectListing.Page(_objects.Values, prefix, delimiter, after, maxKeys);
    }

    public void Delete(string key)
    {
        lock (_objectsLock) _objects.Remove(key);
    }
}
