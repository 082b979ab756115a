using Emulator.Protocol.Errors;

namespace Emulator.Sns;

/// <summary>SNS's errors with the codes and status of the API model; messages follow AWS's "Invalid parameter: ..." wording.</summary>
public static class SnsErrors
{
    public static AwsError InvalidParameter(string detail) => new("InvalidParameter", $"Invalid parameter: {detail}");

    public static AwsError ParameterValueInvalid(string message) => new("ParameterValueInvalid", message);

    public static AwsError NotFound(string message) => new("NotFound", message, 404);

    public static AwsError TopicNotFound() => NotFound("Topic does not exist");

    public static AwsError SubscriptionNotFound() => NotFound("Subscription does not exist");

    public static AwsError ResourceNotFound(string message) => new("ResourceNotFound", message, 404);

    public static AwsError AuthorizationError(string message) => new("AuthorizationError", message, 403);

    public static AwsError InvalidState(string message) => new("InvalidState", message);

    public static AwsError TagLimitExceeded() =>
        new("TagLimitExceeded", "Could not complete request: tag quota of per resource exceeded");

    public static AwsError TagPolicy(string message) => new("TagPolicy", message);

    public static AwsError EndpointDisabled() => new("EndpointDisabled", "Endpoint is disabled");

    public static AwsError OptedOut() => new("OptedOut", "Phone number is opted out.");

    public static AwsError TopicLimitExceeded() => new("TopicLimitExceeded", "Topic limit exceeded", 403);

    public static AwsError EmptyBatchRequest() =>
        new("EmptyBatchRequest", "The batch request doesn't contain any entries.");

    public static AwsError TooManyEntriesInBatchRequest() =>
        new("TooManyEntriesInBatchRequest", "The batch request contains more entries than permissible.");

    public static AwsError BatchEntryIdsNotDistinct() =>
        new("BatchEntryIdsNotDistinct", "Two or more batch entries in the request have the same Id.");

    public static AwsError InvalidBatchEntryId() =>
        new("InvalidBatchEntryId", "The Id of a batch entry in a batch request doesn't abide by the specification.");

    public static AwsError BatchRequestTooLong() =>
        new("BatchRequestTooLong", "The length of all the messages put together is more than the limit.");
}
