using Emulator.Common.Durability;
using Emulator.Sns.Subscriptions;
using Emulator.Sns.Topics;

namespace Emulator.Sns.Durability;

/// <summary>
/// SNS's topics and subscriptions as records, and back. Not kept: platform applications and endpoints, SMS settings,
/// HTTP/S deliveries waiting for a retry, and FIFO topics' deduplication windows and sequence numbers.
/// </summary>
public sealed class SnsDurableState(SnsStore store, TimeProvider clock) : IDurableState
{
    public IReadOnlyList<string> Kinds => SnsJournal.Kinds;

    public IEnumerable<DurableRecord> Capture(bool selfContained) =>
        store.AllTopics.Select(topic => new DurableRecord(SnsJournal.TopicKind, topic.Arn, TopicRecords.Encode(topic))).ToList();

    public void Restore(DurableRecords records)
    {
        foreach (var record in records.Of(SnsJournal.TopicKind))
        {
            var stored = TopicRecords.Decode(record.Value);
            if (!SnsArn.TryParse(stored.Arn, out var arn)) continue;
            var topic = new Topic(arn, stored.Fifo, stored.Attributes, stored.Tags, clock, store.Journal, stored.DataProtectionPolicy);
            var subscriptions = stored.Subscriptions.Select(s => Subscription(topic, s)).ToList();
            topic.Restore(subscriptions, stored.SubscriptionsDeleted);
            store.Region(arn.AccountId, arn.Region).Topics[topic.Arn] = topic;
            foreach (var subscription in subscriptions) store.Add(subscription);
        }
    }

    private static Subscription Subscription(Topic topic, StoredSubscription stored)
    {
        var settings = new SubscriptionSettings();
        foreach (var (name, value) in stored.Attributes.OrderBy(a => a.Key == "FilterPolicyScope" ? 0 : 1))
            settings = SubscriptionAttributeRules.Apply(settings, name, value, stored.Protocol, stored.Endpoint, topic.IsFifo);
        var subscription = new Subscription(stored.Arn, topic.Arn, stored.Owner, stored.Protocol, stored.Endpoint, settings, topic.Save);
        subscription.RestoreConfirmation(stored.Pending, stored.Authenticated, stored.Token, stored.TokenIssuedAt);
        return subscription;
    }
}
