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

public sealed class QueueUrlResult
{
    public string? QueueUrl { get; set; }
}

public sealed class QueueUrlRequest
{
    public string? QueueUrl { get; set; }
}

public sealed class GetQueueUrlRequest
{
    [AwsMember(Required = true)] public string? QueueName { get; set; }
    public string? QueueOwnerAWSAccountId { get; set; }
}

public sealed class ListQueuesRequest
{
    public string? QueueNamePrefix { get; set; }
    public string? NextToken { get; set; }
    public int? MaxResults { get; set; }
}

public sealed class ListQueuesResult
{
    [AwsMember("QueueUrl", Flattened = true)] public List<string>? QueueUrls { get; set; }
    public string? NextToken { get; set; }
}

public sealed class GetQueueAttributesRequest
{
    public string? QueueUrl { get; set; }
    [AwsMember("AttributeName", Flattened = true)] public List<string>? AttributeNames { get; set; }
}

public sealed class QueueAttributesResult
{
    [AwsMember("Attribute", Flattened = true, MapKey = "Name", MapValue = "Value")]
    public Dictionary<string, string>? Attributes { get; set; }
}

public sealed class SetQueueAttributesRequest
{
    public string? QueueUrl { get; set; }

    [AwsMember("Attribute", Flattened = true, MapKey = "Name", MapValue = "Value", Required = true)]
    public Dictionary<string, string>? Attributes { get; set; }
}

public sealed class ListDeadLetterSourceQueuesRequest
{
    public string? QueueUrl { get; set; }
    public string? NextToken { get; set; }
    public int? MaxResults { get; set; }
}

public sealed class ListDeadLetterSourceQueuesResult
{
    [AwsMember("QueueUrl", JsonName = "queueUrls", Flattened = true)] public List<string>? QueueUrls { get; set; }
    public string? NextToken { get; set; }
}
