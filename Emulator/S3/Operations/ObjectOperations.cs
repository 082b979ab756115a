using Emulator.Protocol.Shapes;
using Emulator.S3.Buckets;
using Emulator.S3.Shapes;

namespace Emulator.S3.Operations;

/// <summary>PutObject, GetObject (whole or one byte range; conditional), HeadObject (conditional) and DeleteObject.</summary>
public sealed class ObjectOperations(BucketStore buckets, TimeProvider clock) : IOperationGroup
{
    public void Register(OperationRegistry registry)
    {
        registry.Add<PutObjectRequest, PutObjectOutput>(S3Service.S3, "PutObject", PutObject);
        registry.Add<GetObjectRequest, GetObjectOutput>(S3Service.S3, "GetObject", (r, c) =>
        {
            var item = buckets.Owned(r.Bucket!, c.AccountId).Find(r.Key!) ?? throw S3Errors.NoSuchKey();
            Preconditions.Check(item, r.IfMatch, r.IfUnmodifiedSince, r.IfNoneMatch, r.IfModifiedSince);
            var output = Describe<GetObjectOutput>(item);
            output.Body = item.Data;
            if (ByteRange.Resolve(r.Range, item.Data.Length) is { } range)
            {
                output.Body = item.Data.AsSpan((int)range.Start, (int)range.Length).ToArray();
                output.ContentLength = range.Length;
                output.ContentRange = range.ContentRange;
            }
            output.ContentType = r.ResponseContentType ?? output.ContentType;
            output.ContentDisposition = r.ResponseContentDisposition ?? output.ContentDisposition;
            output.ContentEncoding = r.ResponseContentEncoding ?? output.ContentEncoding;
            output.ContentLanguage = r.ResponseContentLanguage ?? output.ContentLanguage;
            output.CacheControl = r.ResponseCacheControl ?? output.CacheControl;
            return output;
        });
        registry.Add<HeadObjectRequest, HeadObjectOutput>(S3Service.S3, "HeadObject", (r, c) =>
        {
            var item = buckets.Owned(r.Bucket!, c.AccountId).Find(r.Key!) ?? throw S3Errors.NotFound();
            Preconditions.Check(item, r.IfMatch, r.IfUnmodifiedSince, r.IfNoneMatch, r.IfModifiedSince);
            return Describe<HeadObjectOutput>(item);
        });
        registry.Add<DeleteObjectRequest, DeleteObjectOutput>(S3Service.S3, "DeleteObject", (r, c) =>
        {
            buckets.Owned(r.Bucket!, c.AccountId).Delete(r.Key!);
            return new DeleteObjectOutput();
        });
    }

    private PutObjectOutput PutObject(PutObjectRequest request, AwsRequestContext context)
    {
        var bucket = buckets.Owned(request.Bucket!, context.AccountId);
        var headers = ObjectHeaders.Of(request.ContentType, request.ContentEncoding, request.ContentDisposition, request.ContentLanguage,
            request.CacheControl, request.Expires, request.Metadata);
        var item = new S3Object(request.Key!, request.Body ?? [], clock.GetUtcNow(), headers, TagSets.FromHeader(request.Tagging));
        bucket.Put(item);
        return new PutObjectOutput { ETag = item.ETag };
    }

    /// <summary>The headers GetObject and HeadObject share (their outputs name them alike), filled from the stored object.</summary>
    private static T Describe<T>(S3Object item) where T : class, new()
    {
        var shape = ShapeCatalog.For<T>();
        var output = new T();
        void Set(string member, object? value)
        {
            if (value is not null) shape.ByName[member].Set(output, value);
        }
        var headers = item.Headers;
        Set("AcceptRanges", "bytes");
        Set("ContentLength", (long)item.Data.Length);
        Set("ETag", item.ETag);
        Set("LastModified", item.LastModified);
        Set("ContentType", headers.ContentType);
        Set("ContentEncoding", headers.ContentEncoding);
        Set("ContentDisposition", headers.ContentDisposition);
        Set("ContentLanguage", headers.ContentLanguage);
        Set("CacheControl", headers.CacheControl);
        Set("Expires", headers.Expires);
        Set("Metadata", headers.Metadata);
        return output;
    }
}
