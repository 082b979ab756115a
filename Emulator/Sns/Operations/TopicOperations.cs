using Emulator.Sns.Shapes;
using Emulator.Sns.Topics;

namespace Emulator.Sns.Operations;

/// <summary>CreateTopic, DeleteTopic, ListTopics, GetTopicAttributes and SetTopicAttributes.</summary>
public sealed class TopicOperations(SnsStore store, TimeProvider clock) : IOperationGroup
{
    public const int TopicsPerPage = 100;

    public void Register(OperationRegistry registry)
    {
        registry.Add<CreateTopicInput, CreateTopicResponse>(SnsService.Sns, "CreateTopic", CreateTopic);
        registry.Add<DeleteTopicInput, EmptyResult>(SnsService.Sns, "DeleteTopic", DeleteTopic);
        registry.Add<ListTopicsInput, ListTopicsResponse>(SnsService.Sns, "ListTopics", ListTopics);
        registry.Add<GetTopicAttributesInput, GetTopicAttributesResponse>(SnsService.Sns, "GetTopicAttributes", GetTopicAttributes);
        registry.Add<SetTopicAttributesInput, EmptyResult>(SnsService.Sns, "SetTopicAttributes", SetTopicAttributes);
    }

    private CreateTopicResponse CreateTopic(CreateTopicInput request, AwsRequestContext context)
    {
        var attributes = request.Attributes ?? [];
        var fifo = attributes.GetValueOrDefault(TopicAttributeNames.FifoTopic) == "true";
        TopicNames.Check(request.Name, fifo);
        foreach (var (name, value) in attributes) TopicAttributeRules.Check(name, value, fifo, creating: true);
        if (request.DataProtectionPolicy is { Length: > 0 } dataProtection) DataProtectionPolicies.Check(dataProtection);
        var tags = ResourceTags.Merge([], request.Tags ?? []);

        var arn = SnsArn.Topic(context.Region, context.AccountId, request.Name!);
        var initial = new Dictionary<string, string>(attributes.Where(a => a.Key != TopicAttributeNames.FifoTopic), StringComparer.Ordinal);
        initial.TryAdd(TopicAttributeNames.Policy, TopicPolicy.Default(arn, context.AccountId));
        initial.TryAdd(TopicAttributeNames.DisplayName, "");
        if (fifo) initial.TryAdd(TopicAttributeNames.ContentBasedDeduplication, "false");

        var created = new Topic(new SnsArn(context.Region, context.AccountId, request.Name!), fifo, initial, tags, clock, store.Journal,
            request.DataProtectionPolicy);
        var topic = store.AddOrGet(created);
        if (topic != created) CheckSameAsExisting(topic, attributes, request.Tags);
        return new CreateTopicResponse { TopicArn = topic.Arn };
    }

    /// <summary>Creating an existing topic returns it when the request asks for nothing different.</summary>
    private static void CheckSameAsExisting(Topic topic, Dictionary<string, string> attributes, List<Tag>? tags)
    {
        foreach (var (name, value) in attributes)
        {
            var current = name == TopicAttributeNames.FifoTopic ? (topic.IsFifo ? "true" : "false") : topic.Attributes.GetValueOrDefault(name);
            if (current != value) throw SnsErrors.InvalidParameter("Attributes Reason: Topic already exists with different attributes");
        }
        if (tags is { Count: > 0 } && tags.Any(t => topic.Tags.GetValueOrDefault(t.Key!) != t.Value))
            throw SnsErrors.InvalidParameter("Tags Reason: Topic already exists with different tags");
    }

    private EmptyResult DeleteTopic(DeleteTopicInput request, AwsRequestContext context)
    {
        SnsArn.ParseTopic(request.TopicArn, context.Region);
        // Deleting a topic that does not exist is not an error.
        if (store.FindTopic(request.TopicArn!) is { } existing) TopicAccess.Authorize(existing, context);
        store.Remove(request.TopicArn!);
        return EmptyResult.Instance;
    }

    private ListTopicsResponse ListTopics(ListTopicsInput request, AwsRequestContext context)
    {
        var (page, next) = Paging.Page(store.TopicsOf(context.AccountId, context.Region), t => t.Arn, request.NextToken, TopicsPerPage);
        return new ListTopicsResponse { Topics = page.Select(t => new TopicEntry { TopicArn = t.Arn }).ToList(), NextToken = next };
    }

    private GetTopicAttributesResponse GetTopicAttributes(GetTopicAttributesInput request, AwsRequestContext context)
    {
        var topic = store.Topic(request.TopicArn, context.Region);
        TopicAccess.Authorize(topic, context);
        var attributes = new Dictionary<string, string>(topic.Attributes, StringComparer.Ordinal)
        {
            [TopicAttributeNames.TopicArn] = topic.Arn,
            [TopicAttributeNames.Owner] = topic.AccountId,
            [TopicAttributeNames.SubscriptionsPending] = topic.Subscriptions.Count(s => s.PendingConfirmation).ToString(),
            [TopicAttributeNames.SubscriptionsConfirmed] = topic.Subscriptions.Count(s => !s.PendingConfirmation).ToString(),
            [TopicAttributeNames.SubscriptionsDeleted] = topic.SubscriptionsDeleted.ToString(),
            [TopicAttributeNames.EffectiveDeliveryPolicy] = topic.DeliveryPolicy.ToEffectiveJson(),
        };
        if (topic.IsFifo) attributes[TopicAttributeNames.FifoTopic] = "true";
        return new GetTopicAttributesResponse { Attributes = attributes };
    }

    private EmptyResult SetTopicAttributes(SetTopicAttributesInput request, AwsRequestContext context)
    {
        var topic = store.Topic(request.TopicArn, context.Region);
        TopicAccess.Authorize(topic, context);
        TopicAttributeRules.Check(request.AttributeName!, request.AttributeValue, topic.IsFifo, creating: false);
        var value = request.AttributeValue ?? "";
        topic.SetAttribute(request.AttributeName!, request.AttributeName == TopicAttributeNames.Policy && value.Length == 0
            ? TopicPolicy.Default(topic.Arn, topic.AccountId)
            : value);
        return EmptyResult.Instance;
    }
}
