namespace Emulator.S3;

/// <summary>S3's errors in its own words (API reference, "Error responses").</summary>
public static class S3Errors
{
    public static AwsError NoSuchBucket(string bucket) =>
        new AwsError("NoSuchBucket", "The specified bucket does not exist", 404).With("BucketName", bucket);

    public static AwsError InvalidArgument(string message) => new("InvalidArgument", message);

    public static AwsError InvalidArgument(string message, string argumentName, string? argumentValue) =>
        InvalidArgument(message).With("ArgumentName", argumentName).With("ArgumentValue", argumentValue);

    public static AwsError InvalidRequest(string message) => new("InvalidRequest", message);

    public static AwsError InvalidDigest(string contentMd5) =>
        new AwsError("InvalidDigest", "The Content-MD5 you specified was invalid.").With("Content-MD5", contentMd5);

    public static AwsError BadDigest(string message) => new("BadDigest", message);

    public static AwsError EntityTooLarge(long maxSize) =>
        new AwsError("EntityTooLarge", "Your proposed upload exceeds the maximum allowed size").With("MaxSizeAllowed", maxSize.ToString());

    public static AwsError CopyToItself() => new("InvalidRequest",
        "This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes.");

    public static AwsError PreconditionFailed(string condition) =>
        new AwsError("PreconditionFailed", "At least one of the pre-conditions you specified did not hold", 412).With("Condition", condition);

    /// <summary>304 carries no body; the code is what SDKs report for it.</summary>
    public static AwsError NotModified() => new("NotModified", "Not Modified", 304);

    public static AwsError InvalidTag(string message, string? key = null, string? value = null) =>
        new AwsError("InvalidTag", message).With("TagKey", key).With("TagValue", value);

    public static AwsError BadRequest(string message) => new("BadRequest", message);

    public static AwsError NoSuchTagSet(string bucket) => new AwsError("NoSuchTagSet", "The TagSet does not exist", 404).With("BucketName", bucket);

    public static AwsError InvalidRange(string range, long size) => new AwsError("InvalidRange", "The requested range is not satisfiable", 416)
        .With("RangeRequested", range).With("ActualObjectSize", size.ToString());

    public static AwsError NoSuchKey(string key) => new AwsError("NoSuchKey", "The specified key does not exist.", 404).With("Key", key);

    /// <summary>HEAD answers carry no body, so the SDKs see only the status.</summary>
    public static AwsError NotFound() => new("NotFound", "Not Found", 404);

    public static AwsError InvalidBucketName(string bucket) =>
        new AwsError("InvalidBucketName", "The specified bucket is not valid.").With("BucketName", bucket);

    public static AwsError BucketAlreadyOwnedByYou(string bucket) => new AwsError("BucketAlreadyOwnedByYou",
        "Your previous request to create the named bucket succeeded and you already own it.", 409).With("BucketName", bucket);

    public static AwsError BucketAlreadyExists(string bucket) => new AwsError("BucketAlreadyExists",
        "The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.", 409)
        .With("BucketName", bucket);

    public static AwsError BucketNotEmpty(string bucket) =>
        new AwsError("BucketNotEmpty", "The bucket you tried to delete is not empty", 409).With("BucketName", bucket);

    public static AwsError InvalidLocationConstraint(string constraint) =>
        new AwsError("InvalidLocationConstraint", "The specified location-constraint is not valid").With("LocationConstraint", constraint);

    public static AwsError IllegalLocationConstraint(string? constraint) => new("IllegalLocationConstraintException",
        $"The {(constraint is null ? "unspecified" : constraint)} location constraint is incompatible for the region specific endpoint this request was sent to.");
}
