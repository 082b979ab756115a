using Emulator.Protocol.Shapes;

namespace Emulator.Sqs.Shapes;

public sealed class UntagQueueRequest
{
    public string? QueueUrl { get; set; }
    [AwsMember("TagKey", Flattened = true, Required = true)] public List<string>? TagKeys { get; set; }
}
