using Emulator.Protocol.Shapes;

namespace Emulator.S3.Buckets;

/// <summary>
/// <c>x-amz-copy-source</c> of CopyObject and UploadPartCopy: <c>bucket/key</c>, URL-encoded, with or without a leading
/// slash (a version id is ignored: there is no versioning). One without a key is InvalidArgument, whose ArgumentValue
/// AWS fills with the header's name, not its value (LocalStack's recording test_s3_copy_object_wrong_format).
/// </summary>
public static class CopySource
{
    /// <summary>The source object and a reference to its data, which the caller disposes.</summary>
    public static (S3Object Object, StreamingBlob Data) Read(BucketStore buckets, string header, string accountId)
    {
        var source = Uri.UnescapeDataString(header.Split('?')[0].TrimStart('/'));
        var slash = source.IndexOf('/');
        if (slash <= 0 || slash == source.Length - 1)
            throw S3Errors.InvalidArgument("Invalid copy source object key", "x-amz-copy-source", "x-amz-copy-source");
        var key = source[(slash + 1)..];
        return buckets.Owned(source[..slash], accountId).Read(key) ?? throw S3Errors.NoSuchKey(key);
    }
}
