using Emulator.Common.Durability;
using Emulator.Sns.Subscriptions;
using Emulator.Sns.Topics;

namespace Emulator.Sns.Durability;

/// <summary>A topic with its attributes, tags and data protection policy, and its subscriptions with their attributes and confirmation state.</summary>
public static class TopicRecords
{
    private const byte Version = 1;

    public static byte[] Encode(Topic topic) => RecordCoding.Encode(writer =>
    {
        writer.Write(Version);
        writer.Write(topic.Arn);
        writer.Write(topic.IsFifo);
        writer.WriteMap(topic.Attributes);
        writer.WriteMap(topic.Tags);
        writer.WriteNullable(topic.DataProtectionPolicy);
        writer.Write(topic.SubscriptionsDeleted);
        writer.Write7BitEncodedInt(topic.Subscriptions.Count);
        foreach (var subscription in topic.Subscriptions)
        {
            writer.Write(subscription.Arn);
            writer.Write(subscription.Owner);
            writer.Write(subscription.Protocol);
            writer.Write(subscription.Endpoint);
            writer.WriteMap(SubscriptionAttributes(subscription.Settings));
            writer.Write(subscription.PendingConfirmation);
            writer.Write(subscription.ConfirmationWasAuthenticated);
            writer.WriteNullable(subscription.Token);
            writer.Write(subscription.TokenIssuedAt.UtcTicks);
        }
    });

    public static StoredTopic Decode(byte[] value) => RecordCoding.Decode(value, reader =>
    {
        reader.ReadByte();
        var topic = new StoredTopic(reader.ReadString(), reader.ReadBoolean(), reader.ReadMap(), reader.ReadMap(), reader.ReadNullableString(),
            reader.ReadInt32(), []);
        var count = reader.Read7BitEncodedInt();
        for (var i = 0; i < count; i++)
            topic.Subscriptions.Add(new StoredSubscription(reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString(),
                reader.ReadMap(), reader.ReadBoolean(), reader.ReadBoolean(), reader.ReadNullableString(),
                new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero)));
        return topic;
    });

    /// <summary>
    /// The subscription's attributes that differ from the defaults, as a client set them: applied again on restore, where
    /// a default some protocol refuses (RawMessageDelivery for SMS) would not pass.
    /// </summary>
    private static Dictionary<string, string> SubscriptionAttributes(SubscriptionSettings settings)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (settings.RawMessageDelivery) attributes["RawMessageDelivery"] = "true";
        if (settings.FilterPolicyScope != new SubscriptionSettings().FilterPolicyScope) attributes["FilterPolicyScope"] = settings.FilterPolicyScope.ToString();
        if (settings.FilterPolicyText is { } filter) attributes["FilterPolicy"] = filter;
        if (settings.RedrivePolicyText is { } redrive) attributes["RedrivePolicy"] = redrive;
        if (settings.DeliveryPolicyText is { } delivery) attributes["DeliveryPolicy"] = delivery;
        if (settings.SubscriptionRoleArn is { } role) attributes["SubscriptionRoleArn"] = role;
        if (settings.ReplayPolicy is { } replay) attributes["ReplayPolicy"] = replay;
        return attributes;
    }
}

public sealed record StoredTopic(string Arn, bool Fifo, Dictionary<string, string> Attributes, Dictionary<string, string> Tags,
    string? DataProtectionPolicy, int SubscriptionsDeleted, List<StoredSubscription> Subscriptions);

public sealed record StoredSubscription(string Arn, string Owner, string Protocol, string Endpoint, Dictionary<string, string> Attributes,
    bool Pending, bool Authenticated, string? Token, DateTimeOffset TokenIssuedAt);
