using System.Security.Cryptography;

namespace Emulator.Common;

/// <summary>
/// What SQS queues and SNS topics share about FIFO ids: message group and deduplication ids are 1 to 128
/// alphanumeric or punctuation characters, and content-based deduplication keys a message by the SHA-256 of its body.
/// </summary>
public static class FifoIds
{
    public const int MaxLength = 128;

    public static bool IsValid(string value) =>
        value.Length is > 0 and <= MaxLength && value.All(c => char.IsAscii(c) && (char.IsLetterOrDigit(c) || char.IsPunctuation(c) || char.IsSymbol(c)));

    public static string ContentKey(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(SHA256.HashData(body));
}
