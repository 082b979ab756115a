using Emulator.Protocol.Shapes;

namespace Emulator.Sqs.Shapes;

public sealed class TagQueueRequest
{
    public string? QueueUrl { get; set; }

    [AwsMember("Tag", Flattened = true, MapKey = "Key", MapValue = "Value", Required = true)]
    public Dictionary<string, string>? Tags { get; set; }
}

public sealed class UntagQueueRequest
{
    public string? QueueUrl { get; set; }
    [AwsMember("TagKey", Flattened = true, Required = true)] public List<string>? TagKeys { get; set; }
}

public sealed class ListQueueTagsResult
{
    [AwsMember("Tag", Flattened = true, MapKey = "Key", MapValue = "Value")]
    public Dictionary<string, string>? Tags { get; set; }
}

public sealed class AddPermissionRequest
{
    public string? QueueUrl { get; set; }
    [AwsMember(Required = true)] public string? Label { get; set; }
    [AwsMember("AWSAccountId", Flattened = true, Required = true)] public List<string>? AWSAccountIds { get; set; }
    [AwsMember("ActionName", Flattened = true, Required = true)] public List<string>? Actions { get; set; }
}

public sealed class RemovePermissionRequest
{
    public string? QueueUrl { get; set; }
    [AwsMember(Required = true)] public string? Label { get; set; }
}
