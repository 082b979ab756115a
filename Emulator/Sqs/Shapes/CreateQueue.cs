using Emulator.Protocol.Shapes;

namespace Emulator.Sqs.Shapes;

public sealed class CreateQueueRequest
{
    [AwsMember(Required = true)] public string? QueueName { get; set; }

    [AwsMember("Attribute", Flattened = true, MapKey = "Name", MapValue = "Value")]
    public Dictionary<string, string>? Attributes { get; set; }

    [AwsMember("Tag", JsonName = "tags", Flattened = true, MapKey = "Key", MapValue = "Value")]
    public Dictionary<string, string>? Tags { get; set; }
}

public sealed class CreateQueueResult
{
    public string? QueueUrl { get; set; }
}
