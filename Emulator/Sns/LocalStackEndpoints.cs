using System.Text.Json;
using Emulator.Protocol.SigV4;
using Emulator.Sns.Delivery;
using Emulator.Sns.Topics;

namespace Emulator.Sns;

/// <summary>
/// LocalStack's SNS inspection paths under <c>/_aws/sns/</c> with its response shapes, so that test suites
/// written against LocalStack read SMS, push messages and confirmation tokens here unchanged.
/// </summary>
public static class LocalStackEndpoints
{
    /// <summary>LocalStack writes member names as they are (<c>PhoneNumber</c>, <c>sms_messages</c>), not in camel case.</summary>
    private static readonly JsonSerializerOptions AsWritten = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = null };

    public static void Map(IEndpointRouteBuilder root, SnsStore store, RecordedDeliveries recorded, string defaultRegion)
    {
        root.MapGet("/_aws/sns/sms-messages", (string? accountId, string? region, string? phoneNumber) =>
        {
            var (account, inRegion) = (accountId ?? SigV4Credential.DefaultAccountId, region ?? defaultRegion);
            var messages = recorded.Of("sms").Where(d => d.AccountId == account && d.Region == inRegion && (phoneNumber is null || d.Endpoint == phoneNumber));
            return Results.Json(new
            {
                sms_messages = messages.GroupBy(d => d.Endpoint).ToDictionary(g => g.Key, g => g.Select(d => new
                {
                    PhoneNumber = d.Endpoint, d.TopicArn, d.SubscriptionArn, d.MessageId, d.Message, d.Subject, MessageAttributes = d.Attributes,
                })),
                region = inRegion,
            }, AsWritten);
        });
        root.MapDelete("/_aws/sns/sms-messages", () =>
        {
            recorded.Clear("sms");
            return Results.NoContent();
        });

        root.MapGet("/_aws/sns/platform-endpoint-messages", (string? accountId, string? region, string? endpointArn) =>
        {
            var inRegion = region ?? defaultRegion;
            var account = accountId ?? SigV4Credential.DefaultAccountId;
            var messages = recorded.Of("application").Where(d => d.AccountId == account && d.Region == inRegion && (endpointArn is null || d.Endpoint == endpointArn));
            return Results.Json(new
            {
                platform_endpoint_messages = messages.GroupBy(d => d.Endpoint).ToDictionary(g => g.Key, g => g.Select(d => new
                {
                    TargetArn = d.Endpoint, d.TopicArn, d.SubscriptionArn, d.MessageId, d.Message, d.Subject, MessageAttributes = d.Attributes,
                })),
                region = inRegion,
            }, AsWritten);
        });
        root.MapDelete("/_aws/sns/platform-endpoint-messages", () =>
        {
            recorded.Clear("application");
            return Results.NoContent();
        });

        root.MapGet("/_aws/sns/subscription-tokens/{subscriptionArn}", (string subscriptionArn) =>
            store.Subscriptions.TryGetValue(subscriptionArn, out var subscription) && subscription.Token is { } token
                ? Results.Json(new { subscription_token = token, subscription_arn = subscriptionArn }, AsWritten)
                : Results.NotFound(new { error = "The subscription has no token, or does not exist.", subscription_arn = subscriptionArn }));
    }
}
