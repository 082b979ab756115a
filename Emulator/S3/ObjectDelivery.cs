using Emulator.Protocol.Shapes;
using Emulator.S3.Buckets;
using Emulator.S3.Integrity;
using Emulator.S3.Storage;

namespace Emulator.S3;

/// <summary>
/// S3's entry point for services that write objects into it (Firehose's S3 destinations): the object is stored as a
/// PutObject of it would be (data kept as configured, ETag, S3's default checksum), or the error S3 would answer.
/// </summary>
public sealed class ObjectDelivery(BucketStore buckets, ObjectDataStore store, TimeProvider clock)
{
    /// <summary>Stores <paramref name="data"/> (the caller keeps its own reference) at <paramref name="key"/>; null, or the error.</summary>
    public AwsError? Put(string bucketName, string key, StreamingBlob data)
    {
        if (buckets.Find(bucketName) is not { } bucket) return S3Errors.NoSuchBucket(bucketName);
        var headers = ObjectHeaders.Of(null, null, null, null, null, null, null);
        bucket.Put(new S3Object(key, store.Keep(data), clock.GetUtcNow(), headers, ContentMd5.ETag(ContentMd5.Of(data))));
        return null;
    }
}
