using System.Text.Json;
using System.Text.Json.Serialization;
using Emulator.Sns.Delivery;
using Emulator.Sns.Signing;
using Emulator.Sns.Topics;

namespace Emulator.Sns;

/// <summary>
/// The SNS admin API under <c>/_emulator/sns/</c>: topics and their subscriptions, the deliveries recorded for
/// protocols that cannot leave this machine, the latest delivery attempts of every protocol, and the certificate that
/// signs messages.
/// </summary>
public sealed class SnsInspection(SnsStore store, RecordedDeliveries recorded, DeliveryLog log, NotificationSigner signer) : IServiceEndpoints
{
    public void Map(IEndpointRouteBuilder admin, IEndpointRouteBuilder root)
    {
        admin.MapGet("/" + NotificationSigner.CertificateFileName, () => Results.Text(signer.CertificatePem, "application/x-pem-file"));

        admin.MapGet("/topics", () => AdminJson.Ok([.. store.AllTopics.OrderBy(t => t.Arn, StringComparer.Ordinal).Select(t => new TopicView(
            t.Arn, t.AccountId, t.Region, t.IsFifo, t.Attributes, t.Tags,
            [.. t.Subscriptions.Select(s => new SubscriptionView(s.Arn, s.Protocol, s.Endpoint, s.PendingConfirmation, s.Token,
                s.Settings.RawMessageDelivery, s.Settings.FilterPolicyText))]))], SnsInspectionJson.Default.ListTopicView));

        admin.MapGet("/delivery-log", () => AdminJson.Ok(log.Recent(), SnsInspectionJson.Default.IReadOnlyListDeliveryAttempt));

        admin.MapGet("/deliveries/{kind}", (string kind) =>
            RecordedDeliveries.Kinds.Contains(kind) ? AdminJson.Ok(recorded.Of(kind), SnsInspectionJson.Default.IReadOnlyListRecordedDelivery) : UnknownKind(kind));
        admin.MapDelete("/deliveries/{kind}", (string kind) =>
        {
            if (!RecordedDeliveries.Kinds.Contains(kind)) return UnknownKind(kind);
            recorded.Clear(kind);
            return Results.NoContent();
        });
        admin.MapDelete("/deliveries", () =>
        {
            recorded.Reset();
            return Results.NoContent();
        });
    }

    private static IResult UnknownKind(string kind) =>
        AdminJson.NotFound($"No deliveries of kind '{kind}'; kinds are {string.Join(", ", RecordedDeliveries.Kinds)}.");
}

public sealed record TopicView(
    string Arn, string AccountId, string Region, bool IsFifo, IReadOnlyDictionary<string, string> Attributes,
    IReadOnlyDictionary<string, string> Tags, IReadOnlyList<SubscriptionView> Subscriptions);

public sealed record SubscriptionView(
    string Arn, string Protocol, string Endpoint, bool PendingConfirmation, string? Token, bool RawMessageDelivery, string? FilterPolicy);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(List<TopicView>))]
[JsonSerializable(typeof(IReadOnlyList<DeliveryAttempt>))]
[JsonSerializable(typeof(IReadOnlyList<RecordedDelivery>))]
internal sealed partial class SnsInspectionJson : JsonSerializerContext;
