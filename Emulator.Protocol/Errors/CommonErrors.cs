namespace Emulator.Protocol.Errors;

/// <summary>
/// Errors that every AWS service answers with the same code and status. The generic parameter errors carry the
/// query code (<c>MissingParameter</c>) and, as the JSON <c>__type</c> of a query-compatible service such as SQS,
/// the shape name AWS sends there (<c>MissingRequiredParameterException</c>).
/// </summary>
public static class CommonErrors
{
    public static AwsError MissingParameter(string name) =>
        new("MissingRequiredParameterException", $"The request must contain the parameter {name}.", queryCode: "MissingParameter");

    public static AwsError InvalidParameterValue(string message) =>
        new("InvalidParameterValueException", message, queryCode: "InvalidParameterValue");

    public static AwsError InvalidAction(string action) =>
        new("InvalidAction", $"The action {action} is not valid for this endpoint.");

    public static AwsError UnknownOperation(string target) =>
        new("UnknownOperationException", $"The operation {target} is not recognized.");

    public static AwsError MalformedQueryString(string message) =>
        new("MalformedQueryString", message);

    public static AwsError SerializationError(string message) =>
        new("SerializationException", message);

    public static AwsError UnsupportedMediaType(string? contentType) =>
        new("UnsupportedMediaTypeException", $"The content type '{contentType}' is not supported.", 415);

    public static AwsError RequestTooLarge(long limit) =>
        new("RequestEntityTooLarge", $"Request body must be no longer than {limit} bytes.", 413);

    /// <summary>The AWS request framework's answer to a request that breaks constraints of the API model.</summary>
    public static AwsError ConstraintViolations(IReadOnlyList<string> violations) =>
        new("ValidationException",
            $"{violations.Count} validation error{(violations.Count == 1 ? "" : "s")} detected: {string.Join("; ", violations)}");

    /// <summary>What S3 answers for an operation or feature it does not offer (here: one the emulator does not).</summary>
    public static AwsError NotImplemented() =>
        new("NotImplemented", "A header you provided implies functionality that is not implemented", 501);

    /// <summary>A body that stopped arriving (408) or could not be read as sent (bad chunks: 400): the client's fault.</summary>
    public static AwsError UnreadableBody(int status, string detail) => status == 408
        ? new("RequestTimeout", "Your socket connection to the server was not read from or written to within the timeout period.", 408)
        : new("IncompleteBody", $"The request body could not be read: {detail}", status);

    public static AwsError InternalFailure(string message) =>
        new("InternalFailure", message, 500, senderFault: false);
}
