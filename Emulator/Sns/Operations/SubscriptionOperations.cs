using Emulator.Protocol.Pipeline;
using Emulator.Sns.Delivery;
using Emulator.Sns.Shapes;
using Emulator.Sns.Subscriptions;
using Emulator.Sns.Topics;
using Emulator.Sqs;

namespace Emulator.Sns.Operations;

/// <summary>Subscribe, ConfirmSubscription, Unsubscribe, the subscription lists and subscription attributes.</summary>
public sealed class SubscriptionOperations(SnsStore store, ConfirmationSender confirmations, TimeProvider clock) : IOperationGroup
{
    public const int SubscriptionsPerPage = 100;
    private const string PendingConfirmation = "pending confirmation";

    public void Register(OperationRegistry registry)
    {
        registry.Add<SubscribeInput, SubscribeResponse>(SnsService.Sns, "Subscribe", Subscribe);
        registry.Add<ConfirmSubscriptionInput, ConfirmSubscriptionResponse>(SnsService.Sns, "ConfirmSubscription", ConfirmSubscription);
        registry.Add<UnsubscribeInput, EmptyResult>(SnsService.Sns, "Unsubscribe", Unsubscribe);
        registry.Add<ListSubscriptionsInput, ListSubscriptionsResponse>(SnsService.Sns, "ListSubscriptions", ListSubscriptions);
        registry.Add<ListSubscriptionsByTopicInput, ListSubscriptionsByTopicResponse>(SnsService.Sns, "ListSubscriptionsByTopic", ListSubscriptionsByTopic);
        registry.Add<GetSubscriptionAttributesInput, GetSubscriptionAttributesResponse>(SnsService.Sns, "GetSubscriptionAttributes", GetSubscriptionAttributes);
        registry.Add<SetSubscriptionAttributesInput, EmptyResult>(SnsService.Sns, "SetSubscriptionAttributes", SetSubscriptionAttributes);
    }

    private SubscribeResponse Subscribe(SubscribeInput request, AwsRequestContext context)
    {
        var topic = store.Topic(request.TopicArn, context.Region);
        TopicAccess.Authorize(topic, context);
        var protocol = request.Protocol!;
        SubscriptionProtocols.CheckEndpoint(protocol, request.Endpoint);
        if (topic.IsFifo && protocol is not ("sqs" or "firehose"))
            throw SnsErrors.InvalidParameter($"Invalid protocol type: {protocol}");
        if (!topic.IsFifo && protocol == "sqs" && QueueArn.TryParse(request.Endpoint!, out var queue) && queue.IsFifo)
            throw SnsErrors.InvalidParameter("Invalid parameter: Endpoint Reason: FIFO SQS Queues can not be subscribed to standard SNS topics");

        var settings = Applied(new SubscriptionSettings(), request, topic.IsFifo);
        if (protocol == "firehose" && settings.SubscriptionRoleArn is null)
            throw SnsErrors.InvalidParameter("Attributes Reason: SubscriptionRoleArn is required for firehose subscriptions");

        var created = new Subscription($"{topic.Arn}:{RandomUuid.New()}", topic.Arn, context.AccountId, protocol, request.Endpoint!, settings,
            topic.Save);
        var subscription = topic.AddOrGet(created);
        if (subscription != created)
        {
            if (!Applied(subscription.Settings, request, topic.IsFifo).SameAs(subscription.Settings))
                throw SnsErrors.InvalidParameter("Attributes Reason: Subscription already exists with different attributes");
        }
        else
        {
            store.Add(subscription);
            if (SubscriptionProtocols.NeedsConfirmation(protocol) || IsCrossAccountQueue(protocol, request.Endpoint!, topic))
                confirmations.RequestConfirmation(topic, subscription, context.BaseUrl);
        }
        return new SubscribeResponse
        {
            SubscriptionArn = subscription.PendingConfirmation && request.ReturnSubscriptionArn != true ? PendingConfirmation : subscription.Arn,
        };
    }

    /// <summary>
    /// The settings with the request's attributes applied, their errors worded as Subscribe words them. Subscribing
    /// again is accepted when this changes nothing of the existing subscription's settings.
    /// </summary>
    private static SubscriptionSettings Applied(SubscriptionSettings settings, SubscribeInput request, bool fifoTopic)
    {
        try
        {
            foreach (var (name, value) in Ordered(request.Attributes))
                settings = SubscriptionAttributeRules.Apply(settings, name, value, request.Protocol!, request.Endpoint!, fifoTopic);
            return settings;
        }
        catch (AwsError error)
        {
            throw SnsErrors.InAttributes(error);
        }
    }

    /// <summary>FilterPolicyScope first, so that the FilterPolicy given with it is read in that scope.</summary>
    private static IEnumerable<KeyValuePair<string, string>> Ordered(Dictionary<string, string>? attributes) =>
        (attributes ?? []).OrderBy(a => a.Key == "FilterPolicyScope" ? 0 : 1);

    /// <summary>A queue of another account must confirm the subscription; one of the topic's own account is confirmed at once.</summary>
    private static bool IsCrossAccountQueue(string protocol, string endpoint, Topic topic) =>
        protocol == "sqs" && QueueArn.TryParse(endpoint, out var queue) && queue.AccountId != topic.AccountId;

    /// <summary>
    /// A token that is not hexadecimal is not a token; a well-formed one that no subscription of the topic holds (or
    /// of a topic that does not exist), or that has expired, is an invalid Token parameter.
    /// </summary>
    private ConfirmSubscriptionResponse ConfirmSubscription(ConfirmSubscriptionInput request, AwsRequestContext context)
    {
        if (context.AccessKeyId is null) return ConfirmFromSubscribeUrl(request);
        SnsArn.ParseTopic(request.TopicArn, context.Region);
        var token = WellFormedToken(request.Token);
        var subscription = store.FindTopic(request.TopicArn!)?.Subscriptions.FirstOrDefault(s => s.Token == token);
        return Confirm(subscription, request);
    }

    /// <summary>
    /// A SubscribeURL is opened unsigned, so it names no region: the token finds the subscription, and the TopicArn
    /// must be a topic ARN of that subscription's account and region (another topic's name there is accepted),
    /// otherwise it is "Invalid parameter: Topic", as recorded on AWS.
    /// </summary>
    private ConfirmSubscriptionResponse ConfirmFromSubscribeUrl(ConfirmSubscriptionInput request)
    {
        if (!SnsArn.TryParse(request.TopicArn, out var topicArn)) throw SnsErrors.InvalidParameter("Topic");
        var token = WellFormedToken(request.Token);
        var subscription = store.SubscriptionWithToken(token);
        if (subscription is not null && SnsArn.TryParse(subscription.TopicArn, out var owner)
            && (owner.Region != topicArn.Region || owner.AccountId != topicArn.AccountId))
            throw SnsErrors.InvalidParameter("Topic");
        return Confirm(subscription, request);
    }

    private static string WellFormedToken(string? token) =>
        token is { Length: > 0 } && token.All(char.IsAsciiHexDigit) ? token : throw SnsErrors.InvalidParameterUnprefixed("Invalid token");

    private ConfirmSubscriptionResponse Confirm(Subscription? subscription, ConfirmSubscriptionInput request)
    {
        if (subscription is null || clock.GetUtcNow() - subscription.TokenIssuedAt > Subscription.TokenLifetime)
            throw SnsErrors.InvalidParameter("Token");
        subscription.Confirm(authenticated: string.Equals(request.AuthenticateOnUnsubscribe, "true", StringComparison.OrdinalIgnoreCase));
        return new ConfirmSubscriptionResponse { SubscriptionArn = subscription.Arn };
    }

    /// <summary>Unsubscribing a subscription that does not exist (any more) succeeds, as on AWS.</summary>
    private EmptyResult Unsubscribe(UnsubscribeInput request, AwsRequestContext context)
    {
        if (store.FindSubscription(request.SubscriptionArn) is not { } subscription) return EmptyResult.Instance;
        store.Remove(subscription);
        if (store.FindTopic(subscription.TopicArn) is { } topic && topic.Remove(subscription))
            confirmations.AnnounceUnsubscribe(topic, subscription, context.BaseUrl);
        return EmptyResult.Instance;
    }

    private ListSubscriptionsResponse ListSubscriptions(ListSubscriptionsInput request, AwsRequestContext context)
    {
        var (subscriptions, next) = Page(store.SubscriptionsOf(context.AccountId, context.Region), request.NextToken);
        return new ListSubscriptionsResponse { Subscriptions = subscriptions, NextToken = next };
    }

    private ListSubscriptionsByTopicResponse ListSubscriptionsByTopic(ListSubscriptionsByTopicInput request, AwsRequestContext context)
    {
        var topic = store.Topic(request.TopicArn, context.Region);
        TopicAccess.Authorize(topic, context);
        var (subscriptions, next) = Page(topic.Subscriptions, request.NextToken);
        return new ListSubscriptionsByTopicResponse { Subscriptions = subscriptions, NextToken = next };
    }

    private static (List<SubscriptionEntry> Page, string? NextToken) Page(IEnumerable<Subscription> subscriptions, string? nextToken)
    {
        var (page, next) = Paging.Page(subscriptions, s => s.Arn, nextToken, SubscriptionsPerPage);
        return (page.Select(s => new SubscriptionEntry
        {
            SubscriptionArn = s.ListedArn, Owner = s.Owner, Protocol = s.Protocol, Endpoint = s.Endpoint, TopicArn = s.TopicArn,
        }).ToList(), next);
    }

    private GetSubscriptionAttributesResponse GetSubscriptionAttributes(GetSubscriptionAttributesInput request, AwsRequestContext context)
    {
        var subscription = store.Subscription(request.SubscriptionArn);
        var settings = subscription.Settings;
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["SubscriptionArn"] = subscription.Arn,
            ["TopicArn"] = subscription.TopicArn,
            ["Owner"] = subscription.Owner,
            ["Protocol"] = subscription.Protocol,
            ["Endpoint"] = subscription.Endpoint,
            ["ConfirmationWasAuthenticated"] = subscription.ConfirmationWasAuthenticated ? "true" : "false",
            ["PendingConfirmation"] = subscription.PendingConfirmation ? "true" : "false",
            ["RawMessageDelivery"] = settings.RawMessageDelivery ? "true" : "false",
        };
        if (settings.FilterPolicyText is { } filter)
        {
            attributes["FilterPolicy"] = filter;
            attributes["FilterPolicyScope"] = settings.FilterPolicyScope.ToString();
        }
        if (settings.RedrivePolicyText is { } redrive) attributes["RedrivePolicy"] = redrive;
        if (settings.DeliveryPolicyText is { } delivery) attributes["DeliveryPolicy"] = delivery;
        if (settings.SubscriptionRoleArn is { } role) attributes["SubscriptionRoleArn"] = role;
        if (settings.ReplayPolicy is { } replay) attributes["ReplayPolicy"] = replay;
        if (subscription.Protocol is "http" or "https" && store.FindTopic(subscription.TopicArn) is { } topic)
        {
            var (retry, contentType) = SubscriptionDeliveryPolicy.Effective(topic.DeliveryPolicy, settings.DeliveryPolicy);
            attributes["EffectiveDeliveryPolicy"] = SubscriptionDeliveryPolicy.ToEffectiveJson(retry, contentType);
        }
        return new GetSubscriptionAttributesResponse { Attributes = attributes };
    }

    private EmptyResult SetSubscriptionAttributes(SetSubscriptionAttributesInput request, AwsRequestContext context)
    {
        var subscription = store.Subscription(request.SubscriptionArn);
        var fifo = store.FindTopic(subscription.TopicArn)?.IsFifo ?? false;
        subscription.ChangeSettings(settings => SubscriptionAttributeRules.Apply(
            settings, request.AttributeName!, request.AttributeValue, subscription.Protocol, subscription.Endpoint, fifo));
        return EmptyResult.Instance;
    }
}
