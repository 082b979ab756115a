using Emulator.Protocol.Shapes;

namespace Emulator.Sqs.Shapes;

public sealed class AddPermissionRequest
{
    public string? QueueUrl { get; set; }
    [AwsMember(Required = true)] public string? Label { get; set; }
    [AwsMember("AWSAccountId", Flattened = true, Required = true)] public List<string>? AWSAccountIds { get; set; }
    [AwsMember("ActionName", Flattened = true, Required = true)] public List<string>? Actions { get; set; }
}
