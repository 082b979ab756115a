namespace Emulator.S3.Buckets;

/// <summary>
/// Conditional writes of PutObject, CopyObject and CompleteMultipartUpload (user guide, "Add preconditions to S3
/// operations with conditional requests"): <c>If-None-Match: *</c> writes only where no object is, <c>If-Match: etag</c>
/// only over that object. Checked under the bucket's lock together with the write. Other values, and both headers at
/// once, are <c>NotImplemented</c> as AWS answers (LocalStack's recordings, TestS3ObjectWritePrecondition).
/// </summary>
public sealed record WriteCondition(string? IfMatch, string? IfNoneMatch)
{
    public static WriteCondition? From(string? ifMatch, string? ifNoneMatch)
    {
        if (ifMatch is null && ifNoneMatch is null) return null;
        if (ifMatch is not null && ifNoneMatch is not null)
            throw NotImplemented("If-Match,If-None-Match", "Multiple conditional request headers present in the request");
        if (ifNoneMatch is not null && ifNoneMatch != "*")
            throw NotImplemented("If-None-Match", "We don't accept the provided value of If-None-Match header for this API");
        if (ifMatch == "*") throw NotImplemented("If-Match", "We don't accept the provided value of If-Match header for this API");
        return new WriteCondition(ifMatch, ifNoneMatch);
    }

    /// <summary>
    /// Whether the write may replace <paramref name="current"/>. <paramref name="changedMeanwhile"/> is for a multipart
    /// upload: the key was written or deleted after the upload began, which S3 answers with ConditionalRequestConflict.
    /// </summary>
    public void Check(string key, S3Object? current, bool changedMeanwhile = false)
    {
        if (IfNoneMatch is not null)
        {
            if (current is not null) throw S3Errors.PreconditionFailed("If-None-Match");
            if (changedMeanwhile) throw Conflict("If-None-Match", key);
            return;
        }
        if (current is null) throw S3Errors.NoSuchKey(key);
        if (changedMeanwhile) throw Conflict("If-Match", key);
        if (IfMatch!.Trim('"') != current.ETag.Trim('"')) throw S3Errors.PreconditionFailed("If-Match");
    }

    private static AwsError Conflict(string condition, string key) =>
        new AwsError("ConditionalRequestConflict", "The conditional request cannot succeed due to a conflicting operation against this resource.", 409)
            .With("Condition", condition).With("Key", key);

    private static AwsError NotImplemented(string header, string detail) =>
        CommonErrors.NotImplemented().With("Header", header).With("additionalMessage", detail);
}
