using System.Text.Json.Serialization;
using Emulator.Protocol.SigV4;
using Emulator.Sns.Delivery;
using Emulator.Sns.Topics;

namespace Emulator.Sns;

/// <summary>
/// LocalStack's SNS inspection paths under <c>/_aws/sns/</c> with its response shapes, so that test suites
/// written against LocalStack read SMS, push messages and confirmation tokens here unchanged.
/// </summary>
public sealed class LocalStackEndpoints(SnsStore store, RecordedDeliveries recorded, EmulatorOptions options) : IServiceEndpoints
{
    public void Map(IEndpointRouteBuilder admin, IEndpointRouteBuilder root)
    {
        MapRecorded(root, "/_aws/sns/sms-messages", "sms", "sms_messages", "PhoneNumber", "phoneNumber");
        MapRecorded(root, "/_aws/sns/platform-endpoint-messages", "application", "platform_endpoint_messages", "TargetArn", "endpointArn");

        root.MapGet("/_aws/sns/subscription-tokens/{subscriptionArn}", (string subscriptionArn) =>
            store.SubscriptionByArn(subscriptionArn) is { Token: { } token }
                ? AdminJson.Ok(new SubscriptionTokenView(token, subscriptionArn), LocalStackSnsJson.Default.SubscriptionTokenView)
                : AdminJson.Ok(new SubscriptionTokenMissing("The subscription has no token, or does not exist.", subscriptionArn),
                    LocalStackSnsJson.Default.SubscriptionTokenMissing, StatusCodes.Status404NotFound));
    }

    /// <summary>
    /// One kind of recorded delivery as LocalStack lists it: <c>{"&lt;listName&gt;": {endpoint: [messages]}, "region": ...}</c>
    /// for an account and region (query parameters), optionally one endpoint; DELETE clears the kind.
    /// </summary>
    private void MapRecorded(IEndpointRouteBuilder root, string path, string kind, string listName, string endpointName, string endpointParameter)
    {
        root.MapGet(path, (HttpRequest request) =>
        {
            var account = request.Query["accountId"].FirstOrDefault() ?? SigV4Credential.DefaultAccountId;
            var region = request.Query["region"].FirstOrDefault() ?? options.Region;
            var endpoint = request.Query[endpointParameter].FirstOrDefault();
            var messages = recorded.Of(kind).Where(d => d.AccountId == account && d.Region == region && (endpoint is null || d.Endpoint == endpoint));
            var byEndpoint = messages.GroupBy(d => d.Endpoint).ToDictionary(g => g.Key, g => g.Select(d => new Dictionary<string, object?>
            {
                [endpointName] = d.Endpoint,
                ["TopicArn"] = d.TopicArn,
                ["SubscriptionArn"] = d.SubscriptionArn,
                ["MessageId"] = d.MessageId,
                ["Message"] = d.Message,
                ["Subject"] = d.Subject,
                ["MessageAttributes"] = d.Attributes,
            }).ToList());
            return AdminJson.Ok(new Dictionary<string, object> { [listName] = byEndpoint, ["region"] = region }, LocalStackSnsJson.Default.DictionaryStringObject);
        });
        root.MapDelete(path, () =>
        {
            recorded.Clear(kind);
            return Results.NoContent();
        });
    }
}

public sealed record SubscriptionTokenView(
    [property: JsonPropertyName("subscription_token")] string Token,
    [property: JsonPropertyName("subscription_arn")] string SubscriptionArn);

public sealed record SubscriptionTokenMissing(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("subscription_arn")] string SubscriptionArn);

/// <summary>LocalStack writes member names as they are (<c>PhoneNumber</c>, <c>sms_messages</c>), not in camel case.</summary>
[JsonSerializable(typeof(SubscriptionTokenView))]
[JsonSerializable(typeof(SubscriptionTokenMissing))]
[JsonSerializable(typeof(Dictionary<string, object>))]
[JsonSerializable(typeof(Dictionary<string, List<Dictionary<string, object?>>>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(string))]
internal sealed partial class LocalStackSnsJson : JsonSerializerContext;
