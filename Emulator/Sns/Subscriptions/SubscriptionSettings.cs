using Emulator.Sns.Delivery;
using Emulator.Sns.Filtering;

namespace Emulator.Sns.Subscriptions;

/// <summary>The attributes of a subscription a client sets, kept as written and, where delivery needs them, parsed once.</summary>
public sealed record SubscriptionSettings
{
    public bool RawMessageDelivery { get; init; }
    public string? FilterPolicyText { get; init; }
    public FilterPolicy? FilterPolicy { get; init; }
    public FilterPolicyScope FilterPolicyScope { get; init; } = FilterPolicyScope.MessageAttributes;
    public string? RedrivePolicyText { get; init; }

    /// <summary>The ARN of the SQS queue that receives messages the subscription could not deliver.</summary>
    public string? DeadLetterTargetArn { get; init; }

    public string? DeliveryPolicyText { get; init; }
    public SubscriptionDeliveryPolicy? DeliveryPolicy { get; init; }
    public string? SubscriptionRoleArn { get; init; }
    public string? ReplayPolicy { get; init; }

    /// <summary>Equal as a client wrote them (compiled policies compare by their text).</summary>
    public bool SameAs(SubscriptionSettings other) =>
        RawMessageDelivery == other.RawMessageDelivery && FilterPolicyText == other.FilterPolicyText
        && FilterPolicyScope == other.FilterPolicyScope && RedrivePolicyText == other.RedrivePolicyText
        && DeliveryPolicyText == other.DeliveryPolicyText && SubscriptionRoleArn == other.SubscriptionRoleArn
        && ReplayPolicy == other.ReplayPolicy;
}
