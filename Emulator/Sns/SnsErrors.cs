namespace Emulator.Sns;

/// <summary>SNS's errors with the codes and status of the API model; messages follow AWS's "Invalid parameter: ..." wording.</summary>
public static class SnsErrors
{
    public static AwsError InvalidParameter(string detail) => new("InvalidParameter", $"Invalid parameter: {detail}");

    /// <summary>InvalidParameter in the words of the few messages AWS writes without its "Invalid parameter: " prefix.</summary>
    public static AwsError InvalidParameterUnprefixed(string message) => new("InvalidParameter", message);

    /// <summary>An attribute's InvalidParameter as Subscribe words it: the same reason, under <c>Attributes Reason:</c>.</summary>
    public static AwsError InAttributes(AwsError error) =>
        error.QueryCode == "InvalidParameter" && error.Message.StartsWith("Invalid parameter: ", StringComparison.Ordinal)
            ? InvalidParameter($"Attributes Reason: {error.Message["Invalid parameter: ".Length..]}")
            : error;

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

    /// <summary>A batch entry Id that is empty, longer than 80 characters, or holds a character other than letters, digits, - and _.</summary>
    public static AwsError InvalidBatchEntryId(string id) => new("InvalidBatchEntryId", id switch
    {
        "" => "The Id of a batch entry in a batch request doesn't abide by the specification.",
        { Length: > 80 } => $"The Id of a batch entry in the batch request is too long: {id}",
        _ => $"The Id of a batch entry in the batch request contains an impermissible character: {id}",
    });

    /// <summary>AWS's request validation of a required member (<paramref name="path"/> in its camel-case path) that is absent.</summary>
    public static AwsError MustNotBeNull(string path) =>
        new("ValidationError", $"1 validation error detected: Value null at '{path}' failed to satisfy constraint: Member must not be null");

    public static AwsError BatchRequestTooLong() =>
        new("BatchRequestTooLong", "The length of all the messages put together is more than the limit.");
}
