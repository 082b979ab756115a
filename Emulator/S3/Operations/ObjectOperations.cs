using Emulator.Protocol.Pipeline;
using Emulator.Protocol.Shapes;
using Emulator.S3.Buckets;
using Emulator.S3.Integrity;
using Emulator.S3.Shapes;
using Emulator.S3.Storage;

namespace Emulator.S3.Operations;

/// <summary>PutObject (integrity checked), GetObject (whole, one byte range or one part; conditional), HeadObject and DeleteObject.</summary>
public sealed class ObjectOperations(BucketStore buckets, ObjectDataStore store, TimeProvider clock) : IOperationGroup
{
    public void Register(OperationRegistry registry)
    {
        registry.Add<PutObjectRequest, PutObjectOutput>(S3Service.S3, "PutObject", PutObject);
        registry.Add<GetObjectRequest, GetObjectOutput>(S3Service.S3, "GetObject", GetObject);
        registry.Add<HeadObjectRequest, HeadObjectOutput>(S3Service.S3, "HeadObject", (r, c) =>
        {
            var (item, data) = buckets.Owned(r.Bucket!, c.AccountId).Read(r.Key!) ?? throw S3Errors.NotFound();
            using (data)
            {
                Preconditions.Check(item, r.IfMatch, r.IfUnmodifiedSince, r.IfNoneMatch, r.IfModifiedSince);
                var part = ObjectParts.Resolve(item, r.PartNumber, null);
                var output = ObjectDescription.Of<HeadObjectOutput>(item, part is null ? r.ChecksumMode : null);
                if (part is not null)
                {
                    output.ContentLength = part.Range.Length;
                    output.ContentRange = part.Range.ContentRange;
                    DescribePart(output, item, part, r.ChecksumMode);
                }
                return output;
            }
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
        var condition = WriteCondition.From(request.IfMatch, request.IfNoneMatch);
        var content = request.Body ?? ChunkedBlob.Empty;
        var verified = UploadIntegrity.Check(request, content, expectedDigestInHex: true);
        var headers = ObjectHeaders.Of(request.ContentType, request.ContentEncoding, request.ContentDisposition, request.ContentLanguage,
            request.CacheControl, request.Expires, request.Metadata);
        var item = new S3Object(request.Key!, store.Keep(content), clock.GetUtcNow(), headers, verified.ETag, verified.Checksum,
            TagSets.FromHeader(request.Tagging));
        bucket.Put(item, condition);
        var output = new PutObjectOutput { ETag = item.ETag, Size = item.Size };
        ObjectDescription.SetChecksum(output, item.Checksum);
        return output;
    }

    private GetObjectOutput GetObject(GetObjectRequest request, AwsRequestContext context)
    {
        var (item, data) = buckets.Owned(request.Bucket!, context.AccountId).Read(request.Key!) ?? throw S3Errors.NoSuchKey(request.Key!);
        try
        {
            Preconditions.Check(item, request.IfMatch, request.IfUnmodifiedSince, request.IfNoneMatch, request.IfModifiedSince);
            var part = ObjectParts.Resolve(item, request.PartNumber, request.Range);
            var range = part?.Range ?? ByteRange.Resolve(request.Range, item.Size);
            // A checksum describes the whole object or one part of it, not an arbitrary range.
            var output = ObjectDescription.Of<GetObjectOutput>(item, range is null ? request.ChecksumMode : null);
            if (part is not null) DescribePart(output, item, part, request.ChecksumMode);
            if (range is { } r)
            {
                output.Body = data.Slice(r.Start, r.Length);
                data.Dispose();
                output.ContentLength = r.Length;
                output.ContentRange = r.ContentRange;
            }
            else
            {
                output.Body = data;
            }
            output.ContentType = request.ResponseContentType ?? output.ContentType;
            output.ContentDisposition = request.ResponseContentDisposition ?? output.ContentDisposition;
            output.ContentEncoding = request.ResponseContentEncoding ?? output.ContentEncoding;
            output.ContentLanguage = request.ResponseContentLanguage ?? output.ContentLanguage;
            output.CacheControl = request.ResponseCacheControl ?? output.CacheControl;
            output.Expires = request.ResponseExpires?.ToString("r") ?? output.Expires;
            return output;
        }
        catch
        {
            data.Dispose();
            throw;
        }
    }

    /// <summary>A part names how many the object has (when it was uploaded in parts) and, if asked for, its own checksum.</summary>
    private static void DescribePart(object output, S3Object item, ObjectParts.Selected part, string? checksumMode)
    {
        if (item.Parts is not null) ShapeCatalog.For(output.GetType()).ByName["PartsCount"].Set(output, part.PartsCount);
        if (string.Equals(checksumMode, ObjectDescription.ChecksumModeEnabled, StringComparison.OrdinalIgnoreCase))
            ObjectDescription.SetChecksum(output, item.Parts is null ? item.Checksum : part.Checksum);
    }
}
