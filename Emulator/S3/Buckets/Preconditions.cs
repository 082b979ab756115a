namespace Emulator.S3.Buckets;

/// <summary>
/// GetObject's and HeadObject's conditional headers, evaluated as the S3 API reference lays out (GetObject, "Conditional
/// requests"; RFC 9110 §13): If-Match, else If-Unmodified-Since, can fail the request (412 PreconditionFailed); then
/// If-None-Match, else If-Modified-Since, can make it 304 Not Modified. Dates compare to the second, as HTTP dates carry.
/// </summary>
public static class Preconditions
{
    public static void Check(S3Object item, string? ifMatch, DateTimeOffset? ifUnmodifiedSince, string? ifNoneMatch, DateTimeOffset? ifModifiedSince)
    {
        var modified = item.LastModified.ToUnixTimeSeconds();
        if (ifMatch is not null ? !Matches(ifMatch, item.ETag) : ifUnmodifiedSince is { } unmodified && modified > unmodified.ToUnixTimeSeconds())
            throw S3Errors.PreconditionFailed(ifMatch is not null ? "If-Match" : "If-Unmodified-Since");
        if (ifNoneMatch is not null ? Matches(ifNoneMatch, item.ETag) : ifModifiedSince is { } since && modified <= since.ToUnixTimeSeconds())
            throw S3Errors.NotModified();
    }

    /// <summary>
    /// The <c>x-amz-copy-source-if-*</c> headers of CopyObject and UploadPartCopy: any that does not hold fails the copy
    /// with 412, the not-modified ones included (API reference, CopyObject).
    /// </summary>
    public static void CheckCopySource(S3Object source, string? ifMatch, DateTimeOffset? ifUnmodifiedSince, string? ifNoneMatch,
        DateTimeOffset? ifModifiedSince)
    {
        try
        {
            Check(source, ifMatch, ifUnmodifiedSince, ifNoneMatch, ifModifiedSince);
        }
        catch (AwsError notModified) when (notModified.Status == 304)
        {
            throw S3Errors.PreconditionFailed(ifNoneMatch is not null ? "x-amz-copy-source-If-None-Match" : "x-amz-copy-source-If-Modified-Since");
        }
    }

    /// <summary>Whether a list of entity tags (quoted or not, or <c>*</c>) names this ETag.</summary>
    private static bool Matches(string header, string etag) =>
        header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(tag => tag == "*" || tag.Trim('"') == etag.Trim('"'));
}
