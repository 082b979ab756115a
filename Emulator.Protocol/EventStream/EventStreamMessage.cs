using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace Emulator.Protocol.EventStream;

/// <summary>
/// One message of AWS's event-stream framing (application/vnd.amazon.eventstream): a 12-byte prelude (total length,
/// headers length, CRC32 of both), headers, the payload, and a CRC32 of everything before it. Headers here are
/// strings (type 7), which is all AWS's responses use.
/// </summary>
public static class EventStreamMessage
{
    private const int PreludeLength = 12;
    private const int ChecksumLength = 4;
    private const byte StringHeader = 7;

    public static byte[] Encode(IReadOnlyList<KeyValuePair<string, string>> headers, ReadOnlySpan<byte> payload)
    {
        var headersLength = 0;
        foreach (var (name, value) in headers)
            headersLength += 1 + Encoding.UTF8.GetByteCount(name) + 1 + 2 + Encoding.UTF8.GetByteCount(value);
        var total = PreludeLength + headersLength + payload.Length + ChecksumLength;
        var message = new byte[total];
        var span = message.AsSpan();
        BinaryPrimitives.WriteInt32BigEndian(span, total);
        BinaryPrimitives.WriteInt32BigEndian(span[4..], headersLength);
        BinaryPrimitives.WriteUInt32BigEndian(span[8..], Crc32.HashToUInt32(span[..8]));
        var at = PreludeLength;
        foreach (var (name, value) in headers)
        {
            var nameLength = Encoding.UTF8.GetBytes(name, span[(at + 1)..]);
            span[at] = (byte)nameLength;
            at += 1 + nameLength;
            span[at++] = StringHeader;
            var valueLength = Encoding.UTF8.GetBytes(value, span[(at + 2)..]);
            BinaryPrimitives.WriteUInt16BigEndian(span[at..], (ushort)valueLength);
            at += 2 + valueLength;
        }
        payload.CopyTo(span[at..]);
        at += payload.Length;
        BinaryPrimitives.WriteUInt32BigEndian(span[at..], Crc32.HashToUInt32(span[..at]));
        return message;
    }

    /// <summary>Reads one message; throws <see cref="FormatException"/> when lengths or checksums do not hold.</summary>
    public static (Dictionary<string, string> Headers, byte[] Payload) Decode(ReadOnlySpan<byte> message)
    {
        if (message.Length < PreludeLength + ChecksumLength) throw new FormatException("Message shorter than its prelude.");
        var total = BinaryPrimitives.ReadInt32BigEndian(message);
        var headersLength = BinaryPrimitives.ReadInt32BigEndian(message[4..]);
        if (total != message.Length || headersLength < 0 || headersLength > total - PreludeLength - ChecksumLength)
            throw new FormatException("Message lengths do not add up.");
        if (BinaryPrimitives.ReadUInt32BigEndian(message[8..]) != Crc32.HashToUInt32(message[..8]))
            throw new FormatException("Prelude checksum does not match.");
        if (BinaryPrimitives.ReadUInt32BigEndian(message[(total - ChecksumLength)..]) != Crc32.HashToUInt32(message[..(total - ChecksumLength)]))
            throw new FormatException("Message checksum does not match.");
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        var end = PreludeLength + headersLength;
        var section = message[PreludeLength..end];
        while (!section.IsEmpty)
        {
            var name = Encoding.UTF8.GetString(Take(ref section, Take(ref section, 1)[0]));
            if (Take(ref section, 1)[0] != StringHeader) throw new FormatException($"Header {name} is not a string.");
            headers[name] = Encoding.UTF8.GetString(Take(ref section, BinaryPrimitives.ReadUInt16BigEndian(Take(ref section, 2))));
        }
        return (headers, message[end..(total - ChecksumLength)].ToArray());
    }

    /// <summary>The next <paramref name="length"/> bytes of the headers' section, which a header's lengths must not run past.</summary>
    private static ReadOnlySpan<byte> Take(ref ReadOnlySpan<byte> section, int length)
    {
        if (section.Length < length) throw new FormatException("A header runs past the end of the headers.");
        var taken = section[..length];
        section = section[length..];
        return taken;
    }
}
