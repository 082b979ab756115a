using Emulator.Protocol.Shapes;

namespace Emulator.Sns.Shapes;

public sealed class CreateTopicRequest
{
    public string? Name { get; set; }
    public Dictionary<string, string>? Attributes { get; set; }
    public List<Tag>? Tags { get; set; }
    public string? DataProtectionPolicy { get; set; }
}

public sealed class CreateTopicResult
{
    public string? TopicArn { get; set; }
}

public sealed class TopicArnRequest
{
    public string? TopicArn { get; set; }
}

public sealed class ListTopicsRequest
{
    public string? NextToken { get; set; }
}

public sealed class ListTopicsResult
{
    public List<TopicEntry>? Topics { get; set; }
    public string? NextToken { get; set; }
}

public sealed class TopicEntry
{
    public string? TopicArn { get; set; }
}

public sealed class GetTopicAttributesResult
{
    public Dictionary<string, string>? Attributes { get; set; }
}

public sealed class SetTopicAttributesRequest
{
    public string? TopicArn { get; set; }

    [AwsMember(Required = true)]
    public string? AttributeName { get; set; }

    public string? AttributeValue { get; set; }
}

public sealed class Tag
{
    [AwsMember(Required = true)]
    public string? Key { get; set; }

    [AwsMember(Required = true)]
    public string? Value { get; set; }
}

public sealed class TagResourceRequest
{
    [AwsMember(Required = true)]
    public string? ResourceArn { get; set; }

    [AwsMember(Required = true)]
    public List<Tag>? Tags { get; set; }
}

public sealed class UntagResourceRequest
{
    [AwsMember(Required = true)]
    public string? ResourceArn { get; set; }

    [AwsMember(Required = true)]
    public List<string>? TagKeys { get; set; }
}

public sealed class ListTagsForResourceRequest
{
    [AwsMember(Required = true)]
    public string? ResourceArn { get; set; }
}

public sealed class ListTagsForResourceResult
{
    public List<Tag>? Tags { get; set; }
}

public sealed class AddPermissionRequest
{
    [AwsMember(Required = true)]
    public string? TopicArn { get; set; }

    [AwsMember(Required = true)]
    public string? Label { get; set; }

    [AwsMember(Required = true)]
    public List<string>? AWSAccountId { get; set; }

    [AwsMember(Required = true)]
    public List<string>? ActionName { get; set; }
}

public sealed class RemovePermissionRequest
{
    [AwsMember(Required = true)]
    public string? TopicArn { get; set; }

    [AwsMember(Required = true)]
    public string? Label { get; set; }
}

public sealed class DataProtectionPolicyRequest
{
    [AwsMember(Required = true)]
    public string? ResourceArn { get; set; }

    public string? DataProtectionPolicy { get; set; }
}

public sealed class GetDataProtectionPolicyResult
{
    public string? DataProtectionPolicy { get; set; }
}
