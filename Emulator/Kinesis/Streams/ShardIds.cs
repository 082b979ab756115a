using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Emulator.Kinesis.Streams;

/// <summary>
/// Shard ids as AWS writes them (<c>shardId-</c> and twelve digits) and reads them: the number after the first hyphen,
/// or the whole id when it has none, names the shard, so <c>shardId-5</c>, <c>shard-5</c> and <c>5</c> all mean
/// <c>shardId-000000000005</c>.
/// </summary>
public static class ShardIds
{
    public static string Format(int index) => $"shardId-{index:D12}";

    /// <summary>The id in AWS's form, or AWS's error when the text names no shard number.</summary>
    public static string Require(string text, string streamName, string accountId) =>
        TryNormalize(text, out var id)
            ? id
            : throw KinesisErrors.ResourceNotFound($"Could not find shard {text} in stream {streamName} under account {accountId}.");

    /// <summary>The id in AWS's form; false when the text names no shard number.</summary>
    public static bool TryNormalize(string text, [NotNullWhen(true)] out string? id)
    {
        var digits = text.AsSpan();
        if (digits.IndexOf('-') is var hyphen and >= 0)
        {
            digits = digits[(hyphen + 1)..];
            if (digits.IndexOf('-') is var next and >= 0) digits = digits[..next];
        }
        id = int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? Format(index) : null;
        return id is not null;
    }
}
