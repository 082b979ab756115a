using Emulator.Protocol.Shapes;

namespace Emulator.Sqs.Shapes;

public sealed class SendMessageRequest
{
    public string? QueueUrl { get; set; }
    [AwsMember(Required = true)] public string? MessageBody { get; set; }
    public int? DelaySeconds { get; set; }

    [AwsMember("MessageAttribute", Flattened = true, MapKey = "Name", MapValue = "Value")]
    public Dictionary<string, MessageAttributeValue>? MessageAttributes { get; set; }

    [AwsMember("MessageSystemAttribute", Flattened = true, MapKey = "Name", MapValue = "Value")]
    public Dictionary<string, MessageAttributeValue>? MessageSystemAttributes { get; set; }

    public string? MessageDeduplicationId { get; set; }
    public string? MessageGroupId { get; set; }
}

public sealed class SendMessageResult
{
    public string? MD5OfMessageBody { get; set; }
    public string? MD5OfMessageAttributes { get; set; }
    public string? MD5OfMessageSystemAttributes { get; set; }
    public string? MessageId { get; set; }
    public string? SequenceNumber { get; set; }
}

public sealed class ReceiveMessageRequest
{
    public string? QueueUrl { get; set; }
    [AwsMember("AttributeName", Flattened = true)] public List<string>? AttributeNames { get; set; }
    [AwsMember("MessageSystemAttributeName", Flattened = true)] public List<string>? MessageSystemAttributeNames { get; set; }
    [AwsMember("MessageAttributeName", Flattened = true)] public List<string>? MessageAttributeNames { get; set; }
    public int? MaxNumberOfMessages { get; set; }
    public int? VisibilityTimeout { get; set; }
    public int? WaitTimeSeconds { get; set; }
    public string? ReceiveRequestAttemptId { get; set; }
}

public sealed class ReceiveMessageResult
{
    [AwsMember("Message", Flattened = true)] public List<Message>? Messages { get; set; }
}

public sealed class Message
{
    public string? MessageId { get; set; }
    public string? ReceiptHandle { get; set; }
    public string? MD5OfBody { get; set; }
    public string? Body { get; set; }

    [AwsMember("Attribute", Flattened = true, MapKey = "Name", MapValue = "Value")]
    public Dictionary<string, string>? Attributes { get; set; }

    public string? MD5OfMessageAttributes { get; set; }

    [AwsMember("MessageAttribute", Flattened = true, MapKey = "Name", MapValue = "Value")]
    public Dictionary<string, MessageAttributeValue>? MessageAttributes { get; set; }
}

public sealed class DeleteMessageRequest
{
    public string? QueueUrl { get; set; }
    [AwsMember(Required = true)] public string? ReceiptHandle { get; set; }
}

public sealed class ChangeMessageVisibilityRequest
{
    public string? QueueUrl { get; set; }
    [AwsMember(Required = true)] public string? ReceiptHandle { get; set; }
    [AwsMember(Required = true)] public int? VisibilityTimeout { get; set; }
}
