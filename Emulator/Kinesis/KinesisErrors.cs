using Emulator.Kinesis.Streams;
using Emulator.Protocol.Shapes;

namespace Emulator.Kinesis;

/// <summary>Kinesis's errors: the model's shape names as codes, HTTP 400, AWS's wording.</summary>
public static class KinesisErrors
{
    public static AwsError ResourceNotFound(string message) => new("ResourceNotFoundException", message);

    public static AwsError StreamNotFound(string name, string accountId) =>
        ResourceNotFound($"Stream {name} under account {accountId} not found.");

    public static AwsError ResourceInUse(string message) => new("ResourceInUseException", message);

    public static AwsError InvalidArgument(string message) => new("InvalidArgumentException", message);

    public static AwsError LimitExceeded(string message) => new("LimitExceededException", message);

    public static AwsError ExpiredIterator(string message) => new("ExpiredIteratorException", message);

    public const string ThroughputExceededCode = "ProvisionedThroughputExceededException";

    public static string RateExceeded(StreamShard shard, KinesisStream stream) =>
        $"Rate exceeded for shard {shard.Id} in stream {stream.Name} under account {stream.AccountId}.";

    public static AwsError ThroughputExceeded(StreamShard shard, KinesisStream stream) => new(ThroughputExceededCode, RateExceeded(shard, stream));

    /// <summary>
    /// AWS's wording when a caller from another account is refused: no statement of the resource's policy allows the
    /// action, or one denies it.
    /// </summary>
    public static AwsError AccessDenied(string callerAccountId, string action, string resourceArn, bool explicitDeny) => new("AccessDeniedException",
        $"User: arn:aws:iam::{callerAccountId}:root is not authorized to perform: kinesis:{action} on resource: {resourceArn} " +
        (explicitDeny ? "with an explicit deny in a resource-based policy" : $"because no resource-based policy allows the kinesis:{action} action"));

    public static AwsError Validation(string message) => new("ValidationException", message);

    /// <summary>A constraint that depends on state (a stream's record size limit), worded as the model's are.</summary>
    public static AwsError Constraint(object? value, string member, string constraint) =>
        CommonErrors.ConstraintViolations([ShapeConstraints.Violation(value, member, constraint)]);
}
