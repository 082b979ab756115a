namespace Emulator.Sqs;

/// <summary>SQS's own errors: the JSON shape name, the legacy query code, and AWS's wording.</summary>
public static class SqsErrors
{
    public static AwsError QueueDoesNotExist() =>
        new("QueueDoesNotExist", "The specified queue does not exist.", queryCode: "AWS.SimpleQueueService.NonExistentQueue",
            queryMessage: "The specified queue does not exist for this wsdl version.");

    public static AwsError QueueNameExists(string name) =>
        new("QueueNameExists", $"A queue already exists with the same name and a different value for attribute {name}",
            queryCode: "QueueAlreadyExists");

    public static AwsError QueueDeletedRecently() =>
        new("QueueDeletedRecently", "You must wait 60 seconds after deleting a queue before you can create another with the same name.",
            queryCode: "AWS.SimpleQueueService.QueueDeletedRecently");

    public static AwsError PurgeQueueInProgress(string queueName) =>
        new("PurgeQueueInProgress", $"Only one PurgeQueue operation on {queueName} is allowed every 60 seconds.", 403,
            queryCode: "AWS.SimpleQueueService.PurgeQueueInProgress");

    /// <summary>A caller from another account whom the queue's policy does not allow the action (strict mode).</summary>
    public static AwsError AccessDenied(string queueUrl) => new("AccessDenied", $"Access to the resource {queueUrl} is denied.", 403);

    public static AwsError ReceiptHandleIsInvalid(string handle) =>
        new("ReceiptHandleIsInvalid", $"The input receipt handle \"{handle}\" is not a valid receipt handle.");

    /// <summary>A handle whose message is gone, or was received again since, given to ChangeMessageVisibility.</summary>
    public static AwsError NotAvailableForVisibilityChange(string handle) =>
        InvalidReceiptHandle(handle, "Message does not exist or is not available for visibility timeout change.");

    public static AwsError InvalidAttributeName(string name) =>
        new("InvalidAttributeName", $"Unknown Attribute {name}.");

    public static AwsError InvalidAttributeValue(string message) =>
        new("InvalidAttributeValue", message);

    public static AwsError UnsupportedOperation(string message) =>
        new("UnsupportedOperation", message, queryCode: "AWS.SimpleQueueService.UnsupportedOperation");

    public static AwsError OverLimit(string message) =>
        new("OverLimit", message, 403);

    public static AwsError ResourceNotFound(string message) =>
        new("ResourceNotFoundException", message, 404);

    public static AwsError InvalidAddress(string address) =>
        new("InvalidAddress", $"The address {address} is not valid for this endpoint.", 404);

    /// <summary>A KMS key and SQS-managed encryption asked for at once.</summary>
    public static AwsError TwoKindsOfEncryption() =>
        new("InvalidAttributeName",
            "You can use one type of server-side encryption (SSE) at one time. You can either enable KMS SSE or SQS SSE.");

    /// <summary>A FIFO throughput attribute set on a standard queue.</summary>
    public static AwsError FifoOnlyAttribute(string name) =>
        new("InvalidAttributeName", $"You can specify the {name} only when FifoQueue is set to true.");

    /// <summary>A FIFO queue's handle used after its message's visibility timeout ended.</summary>
    public static AwsError ReceiptHandleExpired(string handle) => InvalidReceiptHandle(handle, "The receipt handle has expired.");

    private static AwsError InvalidReceiptHandle(string handle, string reason) =>
        CommonErrors.InvalidParameterValue($"Value {handle} for parameter ReceiptHandle is invalid. Reason: {reason}");
}
