using Emulator.Protocol.Shapes;

namespace Emulator.Sqs.Shapes;

public sealed class SetQueueAttributesRequest
{
    public string? QueueUrl { get; set; }

    /// <summary>Required; checked by the operation, since SQS names the missing parameter <c>Attribute.Name</c>.</summary>
    [AwsMember("Attribute", Flattened = true, MapKey = "Name", MapValue = "Value")]
    public Dictionary<string, string>? Attributes { get; set; }
}
