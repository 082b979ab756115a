using System.Formats.Cbor;
using Emulator.Protocol.Errors;

namespace Emulator.Protocol.Cbor;

/// <summary>
/// Timestamps as AWS CBOR writes them: tag 1 around an integer count of epoch <em>milliseconds</em>. RFC 8949 counts
/// seconds under tag 1, but the Java SDK (v1 and v2) sends <c>Instant.toEpochMilli()</c> and parses results with
/// <c>Long.parseLong</c>, and Kinesis answers it the same way; seconds or a fractional value would put a Java client
/// in 1970, or fail its parse.
/// </summary>
public static class CborTimestamps
{
    private static readonly long MinMillis = DateTimeOffset.MinValue.ToUnixTimeMilliseconds();
    private static readonly long MaxMillis = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

    public static void Write(CborWriter writer, DateTimeOffset value)
    {
        writer.WriteTag(CborTag.UnixTimeSeconds);
        writer.WriteInt64(value.ToUnixTimeMilliseconds());
    }

    /// <summary>Reads a tag-1 or untagged number of epoch milliseconds, integer or floating point.</summary>
    public static DateTimeOffset Read(CborReader reader, string member)
    {
        if (reader.PeekState() == CborReaderState.Tag && reader.ReadTag() != CborTag.UnixTimeSeconds)
            throw Malformed(member);
        double millis = reader.PeekState() switch
        {
            CborReaderState.UnsignedInteger or CborReaderState.NegativeInteger => reader.ReadInt64(),
            CborReaderState.HalfPrecisionFloat or CborReaderState.SinglePrecisionFloat or CborReaderState.DoublePrecisionFloat =>
                Math.Round(reader.ReadDouble()),
            _ => throw Malformed(member),
        };
        if (!(millis >= MinMillis && millis <= MaxMillis)) throw Malformed(member);
        return DateTimeOffset.FromUnixTimeMilliseconds((long)millis);
    }

    private static AwsError Malformed(string member) =>
        CommonErrors.SerializationError($"Member {member} is not a timestamp in epoch milliseconds.");
}
