namespace Emulator.Tests.Conformance.Sqs;

/// <summary>SQS's errors as cases expect them: the query code a client reports and the JSON <c>__type</c> AWS sends.</summary>
public static class SqsExpect
{
    public static Expectation InvalidParameterValue(string message) =>
        Expect.Error(400, "InvalidParameterValue", message, jsonType: "InvalidParameterValueException");

    public static Expectation MissingParameter(string message) =>
        Expect.Error(400, "MissingParameter", message, jsonType: "MissingRequiredParameterException");

    public static Expectation InvalidAttributeName(string message) =>
        Expect.Error(400, "InvalidAttributeName", message, jsonType: "InvalidAttributeName");

    public static Expectation InvalidAttributeValue(string message) =>
        Expect.Error(400, "InvalidAttributeValue", message, jsonType: "InvalidAttributeValue");

    public static Expectation InvalidBatchEntryId() =>
        Expect.Error(400, "AWS.SimpleQueueService.InvalidBatchEntryId",
            "A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.",
            jsonType: "InvalidBatchEntryId");

    public static Expectation TooManyEntriesInBatchRequest(int sent) =>
        Expect.Error(400, "AWS.SimpleQueueService.TooManyEntriesInBatchRequest",
            $"Maximum number of entries per request are 10. You have sent {sent}.", jsonType: "TooManyEntriesInBatchRequest");

    public static Expectation ResourceNotFound(string message) =>
        Expect.Error(404, "ResourceNotFoundException", message, jsonType: "ResourceNotFoundException");
}
