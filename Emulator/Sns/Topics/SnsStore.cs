using System.Collections.Concurrent;
using Emulator.Sns.Subscriptions;

namespace Emulator.Sns.Topics;

/// <summary>
/// Every topic and subscription, by ARN. ARNs carry the account and region, so resources of one account or
/// region are invisible from another without a partition per operation.
/// </summary>
public sealed class SnsStore
{
    public ConcurrentDictionary<string, Topic> Topics { get; } = new(StringComparer.Ordinal);
    public ConcurrentDictionary<string, Subscription> Subscriptions { get; } = new(StringComparer.Ordinal);

    public Topic? FindTopic(string arn) => Topics.GetValueOrDefault(arn);

    /// <summary>
    /// The topic a request from <paramref name="region"/> names: InvalidParameter for a malformed ARN or one of another
    /// region, NotFound when no such topic exists.
    /// </summary>
    public Topic Topic(string? arn, string region, string parameter = "TopicArn")
    {
        SnsArn.ParseTopic(arn, region, parameter);
        return FindTopic(arn!) ?? throw SnsErrors.TopicNotFound();
    }

    /// <summary>The subscription a request names: InvalidParameter for a malformed ARN, NotFound when none exists.</summary>
    public Subscription Subscription(string? arn) => FindSubscription(arn) ?? throw SnsErrors.SubscriptionNotFound();

    /// <summary>The subscription a request names, or null when none exists; InvalidParameter for a malformed ARN.</summary>
    public Subscription? FindSubscription(string? arn)
    {
        if (SnsArn.Parse(arn, "SubscriptionArn").Resource.Split(':') is not [{ Length: > 0 }, { Length: > 0 }])
            throw SnsErrors.InvalidParameter("SubscriptionId");
        return Subscriptions.GetValueOrDefault(arn!);
    }

    public IEnumerable<Topic> TopicsOf(string accountId, string region) =>
        Topics.Values.Where(t => t.AccountId == accountId && t.Region == region);

    public void Clear()
    {
        Topics.Clear();
        Subscriptions.Clear();
    }
}
