using Emulator.Protocol.Shapes;

namespace Emulator.Sqs.Shapes;

public sealed class GetQueueAttributesRequest
{
    public string? QueueUrl { get; set; }
    [AwsMember("AttributeName", Flattened = true)] public List<string>? AttributeNames { get; set; }
}

public sealed class GetQueueAttributesResult
{
    [AwsMember("Attribute", Flattened = true, MapKey = "Name", MapValue = "Value")]
    public Dictionary<string, string>? Attributes { get; set; }
}
