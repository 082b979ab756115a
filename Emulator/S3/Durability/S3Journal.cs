using Emulator.Common.Durability;
using Emulator.S3.Buckets;
using Emulator.S3.Storage;

namespace Emulator.S3.Durability;

/// <summary>
/// S3's changes in durable mode: buckets and object descriptions as records (<see cref="S3Records"/>); the data itself is
/// in files of the data directory (see <see cref="ObjectDataStore"/>). Without a data directory, nothing happens.
/// </summary>
public sealed class S3Journal(ObjectDataStore data, Journal? journal = null)
{
    public const string BucketKind = "s3.bucket";
    public const string ObjectKind = "s3.object";

    public static readonly IReadOnlyList<string> Kinds = [BucketKind, ObjectKind];

    public void BucketSaved(S3Bucket bucket) => journal?.Put(BucketKind, bucket.Name, S3Records.Bucket(bucket));

    public void BucketDeleted(S3Bucket bucket)
    {
        if (journal is null) return;
        journal.Delete(BucketKind, bucket.Name);
        journal.DeletePrefix(ObjectKind, bucket.Name + "/");
    }

    public void ObjectSaved(S3Bucket bucket, S3Object item) =>
        journal?.Put(ObjectKind, S3Records.ObjectKey(bucket, item.Key), S3Records.ObjectInFile(item, data.Folder!));

    public void ObjectDeleted(S3Bucket bucket, string key) => journal?.Delete(ObjectKind, S3Records.ObjectKey(bucket, key));
}
