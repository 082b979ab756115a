using Emulator.Protocol.Shapes;

namespace Emulator.Sns.Shapes;

public sealed class PublishRequest
{
    public string? TopicArn { get; set; }
    public string? TargetArn { get; set; }
    public string? PhoneNumber { get; set; }

    [AwsMember(Required = true)]
    public string? Message { get; set; }

    public string? Subject { get; set; }
    public string? MessageStructure { get; set; }

    [AwsMember(MapKey = "Name", MapValue = "Value")]
    public Dictionary<string, MessageAttributeValue>? MessageAttributes { get; set; }

    public string? MessageDeduplicationId { get; set; }
    public string? MessageGroupId { get; set; }
}

public sealed class PublishResult
{
    public string? MessageId { get; set; }
    public string? SequenceNumber { get; set; }
}

public sealed class MessageAttributeValue
{
    [AwsMember(Required = true)]
    public string? DataType { get; set; }

    public string? StringValue { get; set; }
    public byte[]? BinaryValue { get; set; }
}

public sealed class PublishBatchRequest
{
    [AwsMember(Required = true)]
    public string? TopicArn { get; set; }

    [AwsMember(Required = true)]
    public List<PublishBatchRequestEntry>? PublishBatchRequestEntries { get; set; }
}

public sealed class PublishBatchRequestEntry
{
    public string? Id { get; set; }
    public string? Message { get; set; }
    public string? Subject { get; set; }
    public string? MessageStructure { get; set; }

    [AwsMember(MapKey = "Name", MapValue = "Value")]
    public Dictionary<string, MessageAttributeValue>? MessageAttributes { get; set; }

    public string? MessageDeduplicationId { get; set; }
    public string? MessageGroupId { get; set; }
}

public sealed class PublishBatchResult
{
    public List<PublishBatchResultEntry>? Successful { get; set; }
    public List<BatchResultErrorEntry>? Failed { get; set; }
}

public sealed class PublishBatchResultEntry
{
    public string? Id { get; set; }
    public string? MessageId { get; set; }
    public string? SequenceNumber { get; set; }
}

public sealed class BatchResultErrorEntry
{
    public string? Id { get; set; }
    public string? Code { get; set; }
    public string? Message { get; set; }
    public bool SenderFault { get; set; }
}
