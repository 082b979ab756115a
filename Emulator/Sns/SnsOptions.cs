namespace Emulator.Sns;

/// <summary>SNS's settings (<c>--sns-…</c>).</summary>
public sealed class SnsOptions : IServiceOptions<SnsOptions>
{
    /// <summary>
    /// Sign the envelopes SNS delivers to SQS (on first read, once per publish). Turning it off removes the RSA cost
    /// from load tests: those envelopes then carry no Signature, SignatureVersion or SigningCertURL.
    /// </summary>
    public bool SignSqsDeliveries { get; init; } = true;

    /// <summary>HTTP/S deliveries that may wait for a worker or a retry before new ones are turned away (the delivery log says so).</summary>
    public int DeliveryBacklog { get; init; } = 100_000;

    public static SnsOptions Read(ServiceSettings settings) => new()
    {
        SignSqsDeliveries = settings.Flag("sign-sqs-deliveries", true),
        DeliveryBacklog = settings.PositiveInt("delivery-backlog") ?? 100_000,
    };
}
