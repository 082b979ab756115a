using Emulator.Protocol.Shapes;

namespace Emulator.Sqs.Shapes;

public sealed class TagQueueRequest
{
    public string? QueueUrl { get; set; }

    [AwsMember("Tag", Flattened = true, MapKey = "Key", MapValue = "Value", Required = true)]
    public Dictionary<string, string>? Tags { get; set; }
}
