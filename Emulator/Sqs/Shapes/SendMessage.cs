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
