using Emulator.Protocol.Shapes;

namespace Emulator.Sqs.Shapes;

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
