using Emulator.Protocol.Rest;
using Emulator.S3.Buckets;
using Emulator.S3.Shapes;

namespace Emulator.S3.Operations;

/// <summary>CopyObject (within and across buckets, metadata copied or replaced) and DeleteObjects (up to 1,000 keys, Quiet).</summary>
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
        var (sourceBucket, sourceKey) = CopySource(request.CopySource!);
        var source = buckets.Owned(sourceBucket, context.AccountId).Find(sourceKey) ?? throw S3Errors.NoSuchKey();
        var target = buckets.Owned(request.Bucket!, context.AccountId);
        var replace = request.MetadataDirective == "REPLACE";
        if (!replace && sourceBucket == target.Name && sourceKey == request.Key) throw S3Errors.CopyToItself();
        var headers = replace
            ? ObjectHeaders.Of(request.ContentType, request.ContentEncoding, request.ContentDisposition, request.ContentLanguage,
                request.CacheControl, request.Expires, request.Metadata)
            : source.Headers;
        var copy = new S3Object(request.Key!, source.Data, clock.GetUtcNow(), headers);
        target.Put(copy);
        return new CopyObjectOutput { CopyObjectResult = new CopyObjectResult { ETag = copy.ETag, LastModified = copy.LastModified } };
    }

    /// <summary><c>x-amz-copy-source</c>: <c>bucket/key</c>, URL-encoded, with or without a leading slash (a version id is ignored: no versioning).</summary>
    private static (string Bucket, string Key) CopySource(string header)
    {
        var source = Uri.UnescapeDataString(header.Split('?')[0].TrimStart('/'));
        var slash = source.IndexOf('/');
        return slash > 0 && slash < source.Length - 1
            ? (source[..slash], source[(slash + 1)..])
            : throw S3Errors.InvalidArgument("Invalid copy source object key");
    }

    private DeleteObjectsOutput DeleteObjects(DeleteObjectsRequest request, AwsRequestContext context)
    {
        var bucket = buckets.Owned(request.Bucket!, context.AccountId);
        var keys = request.Delete?.Objects ?? [];
        if (keys.Count is 0 or > MaxDeletes) throw XmlShapeReader.Malformed();
        foreach (var key in keys) bucket.Delete(key.Key!);
        return new DeleteObjectsOutput
        {
            Deleted = request.Delete!.Quiet == true ? null : keys.Select(k => new DeletedObject { Key = k.Key }).ToList(),
        };
    }
}
