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

        admin.MapGet("/topics", () => Results.Json(store.AllTopics.OrderBy(t => t.Arn, StringComparer.Ordinal).Select(t => new
        {
            t.Arn,
            t.AccountId,
            t.Region,
            t.IsFifo,
            attributes = t.Attributes,
            tags = t.Tags,
            subscriptions = t.Subscriptions.Select(s => new
            {
                s.Arn, s.Protocol, s.Endpoint, s.PendingConfirmation, s.Token,
                rawMessageDelivery = s.Settings.RawMessageDelivery, filterPolicy = s.Settings.FilterPolicyText,
            }),
        })));

        admin.MapGet("/delivery-log", () => Results.Json(log.Recent()));

        admin.MapGet("/deliveries/{kind}", (string kind) =>
            RecordedDeliveries.Kinds.Contains(kind) ? Results.Json(recorded.Of(kind)) : UnknownKind(kind));
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
        Results.NotFound(new { error = $"No deliveries of kind '{kind}'; kinds are {string.Join(", ", RecordedDeliveries.Kinds)}." });
}
