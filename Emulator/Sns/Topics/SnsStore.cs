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

    /// <summary>The topic a request names: InvalidParameter for a malformed ARN, NotFound when no such topic exists.</summary>
    public Topic Topic(string? arn, string parameter = "TopicArn")
    {
        SnsArn.ParseTopic(arn, parameter);
        return FindTopic(arn!) ?? throw SnsErrors.TopicNotFound();
    }

    /// <summary>The subscription a request names: InvalidParameter for a malformed ARN, NotFound when none exists.</summary>
    public Subscription Subscription(string? arn)
    {
        if (!SnsArn.TryParse(arn, out var parsed) || parsed.Resource.Split(':') is not [{ Length: > 0 }, { Length: > 0 }])
            throw SnsErrors.InvalidParameter("SubscriptionArn");
        return Subscriptions.GetValueOrDefault(arn!) ?? throw SnsErrors.SubscriptionNotFound();
    }

    public IEnumerable<Topic> TopicsOf(string accountId, string region) =>
        Topics.Values.Where(t => t.AccountId == accountId && t.Region == region);

    public void Clear()
    {
        Topics.Clear();
        Subscriptions.Clear();
    }
}
