using Emulator.Sns.Delivery;
using Emulator.Sns.Filtering;
using Emulator.Sqs;

namespace Emulator.Sns.Subscriptions;

/// <summary>Applies one subscription attribute a client sets, checking it for the subscription's protocol.</summary>
public static class SubscriptionAttributeRules
{
    public static SubscriptionSettings Apply(SubscriptionSettings settings, string name, string? value, string protocol, string endpoint, bool fifoTopic)
    {
        value ??= "";
        switch (name)
        {
            case "RawMessageDelivery":
                if (!bool.TryParse(value, out var raw)) throw SnsErrors.InvalidParameter("RawMessageDelivery: Invalid value [" + value + "]. Must be true or false.");
                if (!SubscriptionProtocols.SupportsRawDelivery(protocol))
                    throw SnsErrors.InvalidParameter($"Delivery protocol [{protocol}] does not support raw message delivery.");
                return settings with { RawMessageDelivery = raw };
            case "FilterPolicy":
                return value.Length == 0
                    ? settings with { FilterPolicyText = null, FilterPolicy = null }
                    : settings with { FilterPolicyText = value, FilterPolicy = FilterPolicy.Parse(value, settings.FilterPolicyScope) };
            case "FilterPolicyScope":
                if (!Enum.TryParse<FilterPolicyScope>(value, out var scope) || !Enum.IsDefined(scope) || value != scope.ToString())
                    throw SnsErrors.InvalidParameter("FilterPolicyScope: Invalid value [" + value + "]. Please use either MessageBody or MessageAttributes");
                return settings with
                {
                    FilterPolicyScope = scope,
                    FilterPolicy = settings.FilterPolicyText is { } policy ? FilterPolicy.Parse(policy, scope) : null,
                };
            case "RedrivePolicy":
                return value.Length == 0
                    ? settings with { RedrivePolicyText = null, DeadLetterTargetArn = null }
                    : settings with { RedrivePolicyText = value, DeadLetterTargetArn = DeadLetterTarget(value, fifoTopic && IsFifoQueue(protocol, endpoint)) };
            case "DeliveryPolicy":
                if (protocol is not ("http" or "https"))
                    throw SnsErrors.InvalidParameter("DeliveryPolicy: Delivery policy can only be set for HTTP/S subscriptions");
                return settings with { DeliveryPolicyText = value.Length == 0 ? null : value, DeliveryPolicy = SubscriptionDeliveryPolicy.Parse(value) };
            case "SubscriptionRoleArn":
                if (protocol != "firehose") throw SnsErrors.InvalidParameter("SubscriptionRoleArn can only be set for firehose subscriptions");
                if (!value.StartsWith("arn:aws:iam::", StringComparison.Ordinal)) throw SnsErrors.InvalidParameter("SubscriptionRoleArn");
                return settings with { SubscriptionRoleArn = value };
            case "ReplayPolicy":
                if (!fifoTopic) throw SnsErrors.InvalidParameter("ReplayPolicy Reason: Replay is only supported for FIFO topics");
                if (value.Length > 0 && PolicyJson.ReadObject(value) is null) throw SnsErrors.InvalidParameter("ReplayPolicy");
                return settings with { ReplayPolicy = value.Length == 0 ? null : value };
            default:
                throw SnsErrors.InvalidParameter("AttributeName");
        }
    }

    /// <summary>
    /// The dead-letter queue of a RedrivePolicy: <c>{"deadLetterTargetArn":"arn:aws:sqs:..."}</c>; a FIFO queue's
    /// subscription to a FIFO topic needs a FIFO one.
    /// </summary>
    private static string DeadLetterTarget(string value, bool fifoSubscription)
    {
        var document = PolicyJson.ReadObject(value)
            ?? throw SnsErrors.InvalidParameter($"RedrivePolicy: failed to parse JSON. {JsonSyntax.Error(value)}".TrimEnd());
        var arn = document["deadLetterTargetArn"]?.ToString();
        if (arn is null || !QueueArn.TryParse(arn, out var queue)) throw SnsErrors.InvalidParameter("RedrivePolicy: deadLetterTargetArn is an invalid arn");
        if (fifoSubscription && !queue.IsFifo)
            throw SnsErrors.InvalidParameter("RedrivePolicy: must use a FIFO queue as DLQ for a FIFO Subscription to a FIFO Topic.");
        return arn;
    }

    private static bool IsFifoQueue(string protocol, string endpoint) => protocol == "sqs" && QueueArn.TryParse(endpoint, out var queue) && queue.IsFifo;
}
