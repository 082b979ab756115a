namespace Emulator.S3;

/// <summary>S3's errors in its own words (API reference, "Error responses").</summary>
public static class S3Errors
{
    public static AwsError NoSuchBucket() => new("NoSuchBucket", "The specified bucket does not exist", 404);

    public static AwsError InvalidArgument(string message) => new("InvalidArgument", message);

    public static AwsError CopyToItself() => new("InvalidRequest",
        "This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes.");

    public static AwsError PreconditionFailed(string condition) =>
        new("PreconditionFailed", $"At least one of the pre-conditions you specified did not hold (condition: {condition})", 412);

    /// <summary>304 carries no body; the code is what SDKs report for it.</summary>
    public static AwsError NotModified() => new("NotModified", "Not Modified", 304);

    public static AwsError InvalidTag(string message) => new("InvalidTag", message);

    public static AwsError BadRequest(string message) => new("BadRequest", message);

    public static AwsError NoSuchTagSet() => new("NoSuchTagSet", "The TagSet does not exist", 404);

    public static AwsError InvalidRange() => new("InvalidRange", "The requested range is not satisfiable", 416);

    public static AwsError NoSuchKey() => new("NoSuchKey", "The specified key does not exist.", 404);

    /// <summary>HEAD answers carry no body, so the SDKs see only the status.</summary>
    public static AwsError NotFound() => new("NotFound", "Not Found", 404);

    public static AwsError InvalidBucketName() => new("InvalidBucketName", "The specified bucket is not valid.");

    public static AwsError BucketAlreadyOwnedByYou() => new("BucketAlreadyOwnedByYou",
        "Your previous request to create the named bucket succeeded and you already own it.", 409);

    public static AwsError BucketAlreadyExists() => new("BucketAlreadyExists",
        "The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.", 409);

    public static AwsError BucketNotEmpty() => new("BucketNotEmpty", "The bucket you tried to delete is not empty", 409);

    public static AwsError InvalidLocationConstraint() => new("InvalidLocationConstraint", "The specified location-constraint is not valid");

    public static AwsError IllegalLocationConstraint(string? constraint) => new("IllegalLocationConstraintException",
        $"The {(constraint is null ? "unspecified" : constraint)} location constraint is incompatible for the region specific endpoint this request was sent to.");
}
