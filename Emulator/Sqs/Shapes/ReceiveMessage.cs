using Emulator.Protocol.Shapes;

namespace Emulator.Sqs.Shapes;

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
