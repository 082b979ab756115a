using Emulator.Common;

namespace Emulator.Kinesis.Streams;

/// <summary>Kinesis's NextTokens: the shared page tokens, with Kinesis's error for one it did not make.</summary>
public static class StreamPaging
{
    public static string Encode(string lastKey) => PageTokens.Encode(lastKey);

    public static string Decode(string token) => PageTokens.TryDecode(token) ?? throw KinesisErrors.InvalidArgument("Invalid NextToken.");
}
