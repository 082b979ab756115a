using Emulator.Protocol.Shapes;

namespace Emulator.Sns.Shapes;

public sealed class SubscribeRequest
{
    [AwsMember(Required = true)]
    public string? TopicArn { get; set; }

    [AwsMember(Required = true)]
    public string? Protocol { get; set; }

    public string? Endpoint { get; set; }
    public Dictionary<string, string>? Attributes { get; set; }
    public bool? ReturnSubscriptionArn { get; set; }
}

public sealed class SubscriptionArnResult
{
    public string? SubscriptionArn { get; set; }
}

public sealed class ConfirmSubscriptionRequest
{
    [AwsMember(Required = true)]
    public string? TopicArn { get; set; }

    [AwsMember(Required = true)]
    public string? Token { get; set; }

    public string? AuthenticateOnUnsubscribe { get; set; }
}

public sealed class SubscriptionArnRequest
{
    /// <summary>Required; SNS words its absence as an invalid SubscriptionArn, not MissingParameter.</summary>
    public string? SubscriptionArn { get; set; }
}

public sealed class ListSubscriptionsRequest
{
    public string? NextToken { get; set; }
}

public sealed class ListSubscriptionsByTopicRequest
{
    [AwsMember(Required = true)]
    public string? TopicArn { get; set; }

    public string? NextToken { get; set; }
}

public sealed class ListSubscriptionsResult
{
    public List<SubscriptionEntry>? Subscriptions { get; set; }
    public string? NextToken { get; set; }
}

public sealed class SubscriptionEntry
{
    public string? SubscriptionArn { get; set; }
    public string? Owner { get; set; }
    public string? Protocol { get; set; }
    public string? Endpoint { get; set; }
    public string? TopicArn { get; set; }
}

public sealed class GetSubscriptionAttributesResult
{
    public Dictionary<string, string>? Attributes { get; set; }
}

public sealed class SetSubscriptionAttributesRequest
{
    [AwsMember(Required = true)]
    public string? SubscriptionArn { get; set; }

    [AwsMember(Required = true)]
    public string? AttributeName { get; set; }

    public string? AttributeValue { get; set; }
}
