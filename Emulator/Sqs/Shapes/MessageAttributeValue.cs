using Emulator.Protocol.Shapes;

namespace Emulator.Sqs.Shapes;

/// <summary>A message attribute (user or system) as SQS carries it on the wire.</summary>
public sealed class MessageAttributeValue
{
    public string? StringValue { get; set; }
    public byte[]? BinaryValue { get; set; }

    [AwsMember("StringListValue", Flattened = true)]
    public List<string>? StringListValues { get; set; }

    [AwsMember("BinaryListValue", Flattened = true)]
    public List<byte[]>? BinaryListValues { get; set; }

    [AwsMember(Required = true)]
    public string? DataType { get; set; }
}
