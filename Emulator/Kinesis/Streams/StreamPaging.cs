using System.Text;

namespace Emulator.Kinesis.Streams;

/// <summary>Opaque NextTokens naming the last item of a page.</summary>
public static class StreamPaging
{
    private const string Mark = "kinesis-page:";

    public static string Encode(string lastKey) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Mark + lastKey));

    public static string Decode(string token)
    {
        var bytes = new byte[token.Length];
        if (Convert.TryFromBase64String(token, bytes, out var length) && Encoding.UTF8.GetString(bytes, 0, length) is var text
            && text.StartsWith(Mark, StringComparison.Ordinal))
            return text[Mark.Length..];
        throw KinesisErrors.InvalidArgument("Invalid NextToken.");
    }
}
