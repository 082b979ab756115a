using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Emulator.Sns.Delivery;

/// <summary>An HTTP/S subscription's DeliveryPolicy: its retry policy and the Content-Type of its requests.</summary>
public sealed record SubscriptionDeliveryPolicy(RetryPolicy? Retry, string? HeaderContentType)
{
    public const string TextPlain = "text/plain; charset=UTF-8";

    public static SubscriptionDeliveryPolicy? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var document = PolicyJson.ReadObject(text) ?? throw RetryPolicy.Invalid("DeliveryPolicy", "not a JSON object");
        var retry = document["healthyRetryPolicy"] is { } json ? RetryPolicy.Parse(json, "DeliveryPolicy") : null;
        var contentType = document["requestPolicy"]?["headerContentType"]?.ToString();
        if (contentType is not null && !AllowedContentTypes.Contains(contentType.Split(';')[0].Trim()))
            throw RetryPolicy.Invalid("DeliveryPolicy", $"headerContentType {contentType} is not supported");
        return new SubscriptionDeliveryPolicy(retry, contentType);
    }

    /// <summary>What applies to one subscription: its own policy unless the topic forbids overrides.</summary>
    public static (RetryPolicy Retry, string ContentType) Effective(TopicDeliveryPolicy topic, SubscriptionDeliveryPolicy? own)
    {
        var retry = topic.DisableSubscriptionOverrides ? topic.DefaultRetry : own?.Retry ?? topic.DefaultRetry;
        return (retry, own?.HeaderContentType ?? topic.HeaderContentType ?? TextPlain);
    }

    public static string ToEffectiveJson(RetryPolicy retry, string contentType) => new JObject
    {
        ["healthyRetryPolicy"] = retry.ToJson(),
        ["requestPolicy"] = new JObject { ["headerContentType"] = contentType },
    }.ToString(Formatting.None);

    private static readonly HashSet<string> AllowedContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/json", "text/plain", "application/xml", "text/html", "text/xml", "text/css", "text/csv",
        "application/x-www-form-urlencoded", "application/octet-stream",
    };
}
