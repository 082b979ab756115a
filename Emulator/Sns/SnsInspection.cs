using Emulator.Sns.Delivery;
using Emulator.Sns.Signing;
using Emulator.Sns.Topics;

namespace Emulator.Sns;

/// <summary>
/// The SNS admin API under <c>/_emulator/sns/</c>: topics and their subscriptions, the deliveries recorded for
/// protocols that cannot leave this machine, and the certificate that signs messages.
/// </summary>
public static class SnsInspection
{
    public static void Map(IEndpointRouteBuilder admin, SnsStore store, RecordedDeliveries recorded, NotificationSigner signer)
    {
        admin.MapGet("/" + NotificationSigner.CertificateFileName, () => Results.Text(signer.CertificatePem, "application/x-pem-file"));

        admin.MapGet("/topics", () => Results.Json(store.Topics.Values.OrderBy(t => t.Arn, StringComparer.Ordinal).Select(t => new
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
            recorded.Clear();
            return Results.NoContent();
        });
    }

    private static IResult UnknownKind(string kind) =>
        Results.NotFound(new { error = $"No deliveries of kind '{kind}'; kinds are {string.Join(", ", RecordedDeliveries.Kinds)}." });
}
