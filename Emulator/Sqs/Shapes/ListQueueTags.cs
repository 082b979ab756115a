using Emulator.Protocol.Shapes;

namespace Emulator.Sqs.Shapes;

public sealed class ListQueueTagsRequest
{
    public string? QueueUrl { get; set; }
}

public sealed class ListQueueTagsResult
{
    [AwsMember("Tag", Flattened = true, MapKey = "Key", MapValue = "Value")]
    public Dictionary<string, string>? Tags { get; set; }
}
