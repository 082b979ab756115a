using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Emulator.Sns.Delivery;

/// <summary>
/// The HTTP/S part of a topic's DeliveryPolicy: the default retry policy of its subscriptions and whether a
/// subscription's own policy may override it. Subscriptions of other protocols follow AWS's fixed policies.
/// </summary>
public sealed record TopicDeliveryPolicy(RetryPolicy DefaultRetry, bool DisableSubscriptionOverrides, string? HeaderContentType)
{
    public static readonly TopicDeliveryPolicy Default = new(RetryPolicy.Default, false, null);

    public static TopicDeliveryPolicy Parse(string? text)
    {
        if (string.IsNullOrEmpty(text)) return Default;
        var document = PolicyJson.ReadObject(text) ?? throw RetryPolicy.Invalid("DeliveryPolicy", "not a JSON object");
        if (document["http"] is not JObject http) return Default;
        return new TopicDeliveryPolicy(
            RetryPolicy.Parse(http["defaultHealthyRetryPolicy"], "DeliveryPolicy"),
            http["disableSubscriptionOverrides"]?.Type == JTokenType.Boolean && (bool)http["disableSubscriptionOverrides"]!,
            http["defaultRequestPolicy"]?["headerContentType"]?.ToString());
    }

    /// <summary>The EffectiveDeliveryPolicy attribute of a topic.</summary>
    public string ToEffectiveJson()
    {
        var http = new JObject
        {
            ["defaultHealthyRetryPolicy"] = DefaultRetry.ToJson(),
            ["disableSubscriptionOverrides"] = DisableSubscriptionOverrides,
            ["defaultRequestPolicy"] = new JObject { ["headerContentType"] = HeaderContentType ?? SubscriptionDeliveryPolicy.TextPlain },
        };
        return new JObject { ["http"] = http }.ToString(Formatting.None);
    }
}
