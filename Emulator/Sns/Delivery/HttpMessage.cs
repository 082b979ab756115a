namespace Emulator.Sns.Delivery;

/// <summary>
/// One POST to an HTTP/S subscriber, with the policy that governs its retries and where it goes when they run out.
/// The body is written (an envelope signed) by the delivery worker, not by the publish that sends it.
/// </summary>
public sealed record HttpMessage(
    string Url,
    Lazy<string> Body,
    string ContentType,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    RetryPolicy Retry,
    string? DeadLetterTargetArn)
{
    public string? Header(string name) => Headers.FirstOrDefault(h => h.Key == name).Value;
}
