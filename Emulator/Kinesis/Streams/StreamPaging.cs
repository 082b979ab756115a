using System.Globalization;

namespace Emulator.Kinesis.Streams;

/// <summary>
/// Kinesis's NextTokens: the shared page tokens, stamped with when they were handed out, since AWS lets a token be
/// used for 300 seconds (ExpiredNextTokenException after that), and with Kinesis's error for one it did not make.
/// </summary>
public static class StreamPaging
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(300);

    public static string Encode(string lastKey, DateTimeOffset now) => PageTokens.Encode($"{now.UtcTicks}\n{lastKey}");

    /// <summary>The last key of the page the token follows.</summary>
    public static string Decode(string token, DateTimeOffset now)
    {
        var text = PageTokens.TryDecode(token);
        var split = text?.IndexOf('\n') ?? -1;
        if (split < 0 || !long.TryParse(text.AsSpan(0, split), NumberStyles.None, CultureInfo.InvariantCulture, out var issued))
            throw KinesisErrors.InvalidArgument("Invalid NextToken.");
        if (now.UtcTicks - issued > Lifetime.Ticks)
            throw new AwsError("ExpiredNextTokenException", "The pagination token passed to the operation is expired.");
        return text![(split + 1)..];
    }
}
