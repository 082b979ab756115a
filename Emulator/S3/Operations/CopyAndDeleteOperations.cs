using Emulator.Protocol.Rest;
using Emulator.S3.Buckets;
using Emulator.S3.Integrity;
using Emulator.S3.Shapes;

namespace Emulator.S3.Operations;

/// <summary>CopyObject (within and across buckets, metadata and tags copied or replaced, the data shared) and DeleteObjects (up to 1,000 keys, Quiet).</summary>
public sealed class CopyAndDeleteOperations(BucketStore buckets, TimeProvider clock) : IOperationGroup
{
    private const int MaxDeletes = 1000;

    public void Register(OperationRegistry registry)
    {
        registry.Add<CopyObjectRequest, CopyObjectOutput>(S3Service.S3, "CopyObject", CopyObject);
        registry.Add<DeleteObjectsRequest, DeleteObjectsOutput>(S3Service.S3, "DeleteObjects", DeleteObjects);
    }

    private CopyObjectOutput CopyObject(CopyObjectRequest request, AwsRequestContext context)
    {
        var target = buckets.Owned(request.Bucket!, context.AccountId);
        var condition = WriteCondition.From(request.IfMatch, request.IfNoneMatch);
        var (source, data) = CopySource.Read(buckets, request.CopySource!, context.AccountId);
        using (data)
        {
            Preconditions.CheckCopySource(source, request.CopySourceIfMatch, request.CopySourceIfUnmodifiedSince,
                request.CopySourceIfNoneMatch, request.CopySourceIfModifiedSince);
            var replace = request.MetadataDirective == "REPLACE";
            if (!replace && ReferenceEquals(target.Find(request.Key!), source)) throw S3Errors.CopyToItself();
            var headers = replace
                ? ObjectHeaders.Of(request.ContentType, request.ContentEncoding, request.ContentDisposition, request.ContentLanguage,
                    request.CacheControl, request.Expires, request.Metadata)
                : source.Headers;
            var tags = request.TaggingDirective == "REPLACE" ? TagSets.FromHeader(request.Tagging) : source.Tags;
            // The copy is written anew in one piece: a multipart source's ETag and composite checksum do not carry over.
            var etag = source.Parts is null ? source.ETag : ContentMd5.ETag(ContentMd5.Of(data));
            var checksum = source.Checksum.Type == ObjectChecksum.FullObjectType ? source.Checksum : null;
            var copy = new S3Object(request.Key!, data.Retain(), clock.GetUtcNow(), headers, etag, checksum, tags);
            target.Put(copy, condition);
            var result = new CopyObjectResult { ETag = copy.ETag, LastModified = copy.LastModified };
            ObjectDescription.SetChecksum(result, copy.Checksum);
            return new CopyObjectOutput { CopyObjectResult = result };
        }
    }

    private DeleteObjectsOutput DeleteObjects(DeleteObjectsRequest request, AwsRequestContext context)
    {
        var bucket = buckets.Owned(request.Bucket!, context.AccountId);
        var keys = request.Delete?.Objects ?? [];
        if (keys.Count is 0 or > MaxDeletes || keys.Any(k => k.Key is null)) throw XmlShapeReader.Malformed();
        foreach (var key in keys) bucket.Delete(key.Key!);
        return new DeleteObjectsOutput
        {
            Deleted = request.Delete!.Quiet == true ? null : keys.Select(k => new DeletedObject { Key = k.Key }).ToList(),
        };
    }
}
