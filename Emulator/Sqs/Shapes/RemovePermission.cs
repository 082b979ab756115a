using Emulator.Protocol.Shapes;

namespace Emulator.Sqs.Shapes;

public sealed class RemovePermissionRequest
{
    public string? QueueUrl { get; set; }
    [AwsMember(Required = true)] public string? Label { get; set; }
}
