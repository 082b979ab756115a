using Emulator.Protocol.Shapes;
using Emulator.Common.Durability;
using Emulator.Protocol.Pipeline;
using Emulator.S3.Buckets;
using Emulator.S3.Storage;

namespace Emulator.S3.Durability;

/// <summary>
/// S3's buckets and objects as records, and back. The data directory's records name the files that hold object data;
/// a snapshot's records carry the data. Multipart uploads in progress are not kept.
/// </summary>
public sealed class S3DurableState(BucketStore buckets, ObjectDataStore data) : IDurableState
{
    public IReadOnlyList<string> Kinds => S3Journal.Kinds;

    public IEnumerable<DurableRecord> Capture(bool selfContained)
    {
        foreach (var bucket in buckets.All)
        {
            yield return new DurableRecord(S3Journal.BucketKind, bucket.Name, S3Records.Bucket(bucket));
            foreach (var (item, content) in bucket.ReadAll())
                using (content)
                    yield return new DurableRecord(S3Journal.ObjectKind, S3Records.ObjectKey(bucket, item.Key),
                        selfContained ? S3Records.ObjectWithData(item, content) : S3Records.ObjectInFile(item, data.Folder!));
        }
    }

    public void Restore(DurableRecords records)
    {
        var objects = records.Of(S3Journal.ObjectKind).Select(r => (Bucket: r.Key[..r.Key.IndexOf('/')], Object: S3Records.ReadObject(r.Value))).ToList();
        var contents = Contents(objects.Select(o => o.Object).ToList());
        foreach (var record in records.Of(S3Journal.BucketKind))
        {
            var stored = S3Records.ReadBucket(record.Value);
            var bucket = new S3Bucket(stored.Name, stored.AccountId, stored.LocationConstraint, stored.Created, buckets.Journal, stored.Tags);
            bucket.Restore(objects.Where(o => o.Bucket == stored.Name).Select(o => new S3Object(o.Object.Key, contents[o.Object], o.Object.LastModified,
                o.Object.Headers, o.Object.ETag, o.Object.Checksum, o.Object.Tags, o.Object.Parts)));
            buckets.Restore(bucket);
        }
        data.ForgetAllBut(contents.Values.OfType<FileBlob>().Select(blob => Path.GetFileName(blob.FilePath)).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Each object's data: views of the data directory's files (one shared file per name), or its bytes stored anew.</summary>
    private Dictionary<StoredObject, StreamingBlob> Contents(List<StoredObject> objects)
    {
        var contents = new Dictionary<StoredObject, StreamingBlob>(ReferenceEqualityComparer.Instance);
        foreach (var file in objects.Where(o => o.Data.File is not null).GroupBy(o => o.Data.File!, StringComparer.Ordinal))
        {
            var views = FileBlob.Reopen(Path.Combine(data.Folder!, file.Key), [.. file.Select(o => (o.Data.Start, o.Data.Length))]);
            foreach (var (item, view) in file.Zip(views)) contents[item] = view;
        }
        foreach (var item in objects.Where(o => o.Data.Bytes is not null))
            using (var bytes = ChunkedBlob.Of(item.Data.Bytes))
                contents[item] = data.Keep(bytes);
        return contents;
    }
}
