using Emulator.Sns.Durability;
using Emulator.Sns.Subscriptions;

namespace Emulator.Sns.Topics;

/// <summary>Every topic and subscription, by account and region (read from their ARNs), then by ARN.</summary>
public sealed class SnsStore(SnsJournal journal) : AccountRegionStore<RegionTopics>
{
    /// <summary>Where the topics' changes go in durable mode.</summary>
    public SnsJournal Journal => journal;

    public IEnumerable<Topic> AllTopics => Regions.SelectMany(r => r.Topics.Values);

    public IEnumerable<Topic> TopicsOf(string accountId, string region) => FindRegion(accountId, region)?.Topics.Values ?? [];

    public IEnumerable<Subscription> SubscriptionsOf(string accountId, string region) =>
        FindRegion(accountId, region)?.Subscriptions.Values ?? [];

    public Topic? FindTopic(string arn) => RegionOf(arn)?.Topics.GetValueOrDefault(arn);

    /// <summary>
    /// The topic a request from <paramref name="region"/> names: InvalidParameter for a malformed ARN or one of another
    /// region, NotFound when no such topic exists.
    /// </summary>
    public Topic Topic(string? arn, string region, string parameter = "TopicArn")
    {
        SnsArn.ParseTopic(arn, region, parameter);
        return FindTopic(arn!) ?? throw SnsErrors.TopicNotFound();
    }

    /// <summary>Adds the topic, or answers the one that already has its ARN.</summary>
    public Topic AddOrGet(Topic created)
    {
        var topic = Region(created.AccountId, created.Region).Topics.GetOrAdd(created.Arn, created);
        if (ReferenceEquals(topic, created)) created.Save();
        return topic;
    }

    /// <summary>Removes the topic and its subscriptions; false when it does not exist.</summary>
    public bool Remove(string topicArn)
    {
        if (RegionOf(topicArn) is not { } region || !region.Topics.TryRemove(topicArn, out var topic)) return false;
        foreach (var subscription in topic.Subscriptions) region.Subscriptions.TryRemove(subscription.Arn, out _);
        journal.TopicDeleted(topic);
        return true;
    }

    public void Add(Subscription subscription) => RegionOf(subscription.TopicArn)?.Subscriptions.TryAdd(subscription.Arn, subscription);

    public void Remove(Subscription subscription) => RegionOf(subscription.TopicArn)?.Subscriptions.TryRemove(subscription.Arn, out _);

    /// <summary>The subscription a request names: InvalidParameter for a malformed ARN, NotFound when none exists.</summary>
    public Subscription Subscription(string? arn) => FindSubscription(arn) ?? throw SnsErrors.SubscriptionNotFound();

    /// <summary>The subscription a request names, or null when none exists; InvalidParameter for a malformed ARN.</summary>
    public Subscription? FindSubscription(string? arn)
    {
        if (SnsArn.Parse(arn, "SubscriptionArn").Resource.Split(':') is not [{ Length: > 0 }, { Length: > 0 }])
            throw SnsErrors.InvalidParameter("SubscriptionId");
        return SubscriptionByArn(arn!);
    }

    public Subscription? SubscriptionByArn(string arn) => RegionOf(arn)?.Subscriptions.GetValueOrDefault(arn);

    /// <summary>The subscription whose confirmation token this is, in any account or region (a SubscribeURL names neither).</summary>
    public Subscription? SubscriptionWithToken(string token) =>
        Regions.SelectMany(r => r.Subscriptions.Values).FirstOrDefault(s => s.Token == token);

    private RegionTopics? RegionOf(string arn) => SnsArn.TryParse(arn, out var parsed) ? FindRegion(parsed.AccountId, parsed.Region) : null;
}
