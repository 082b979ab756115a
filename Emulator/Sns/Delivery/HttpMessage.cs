namespace Emulator.Sns.Delivery;

/// <summary>One POST to an HTTP/S subscriber, with the policy that governs its retries and where it goes when they run out.</summary>
public sealed record HttpMessage(
    string Url,
    string Body,
    string ContentType,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    RetryPolicy Retry,
    string? DeadLetterTargetArn);
