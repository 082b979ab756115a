using Emulator.Protocol.Errors;

namespace Emulator.Sqs;

/// <summary>SQS's own errors: the JSON shape name, the legacy query code, and AWS's wording.</summary>
public static class SqsErrors
{
    public static AwsError QueueDoesNotExist() =>
        new("QueueDoesNotExist", "The specified queue does not exist.", queryCode: "AWS.SimpleQueueService.NonExistentQueue");

    public static AwsError QueueNameExists(string name) =>
        new("QueueNameExists", $"A queue already exists with the same name and a different value for attribute {name}",
            queryCode: "QueueAlreadyExists");

    public static AwsError QueueDeletedRecently() =>
        new("QueueDeletedRecently", "You must wait 60 seconds after deleting a queue before you can create another with the same name.",
            queryCode: "AWS.SimpleQueueService.QueueDeletedRecently");

    public static AwsError PurgeQueueInProgress(string queueName) =>
        new("PurgeQueueInProgress", $"Only one PurgeQueue operation on {queueName} is allowed every 60 seconds.", 403,
            queryCode: "AWS.SimpleQueueService.PurgeQueueInProgress");

    public static AwsError ReceiptHandleIsInvalid(string handle) =>
        new("ReceiptHandleIsInvalid", $"The input receipt handle \"{handle}\" is not a valid receipt handle.");

    public static AwsError MessageNotInflight() =>
        new("MessageNotInflight", "Message does not exist or is not available for visibility timeout change.",
            queryCode: "AWS.SimpleQueueService.MessageNotInflight");

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

    /// <summary>A FIFO throughput attribute set on a standard queue.</summary>
    public static AwsError FifoOnlyAttribute(string name) =>
        new("InvalidAttributeName", $"You can specify the {name} only when FifoQueue is set to true.");

    public static AwsError ReceiptHandleExpired() =>
        new("ReceiptHandleIsInvalid", "The receipt handle has expired.");
}
