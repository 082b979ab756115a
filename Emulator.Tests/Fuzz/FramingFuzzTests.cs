using System.Buffers.Binary;
using System.IO.Hashing;
using System.IO.Pipelines;
using System.Text;
using Emulator.Protocol.Errors;
using Emulator.Protocol.EventStream;
using Emulator.Protocol.Rest;
using FsCheck;
using FsCheck.Fluent;

namespace Emulator.Tests.Fuzz;

/// <summary>
/// The framings around bodies: <c>aws-chunked</c> uploads, read as the network splits them, and event-stream messages.
/// </summary>
public class FramingFuzzTests
{
    private const long Limit = 1 << 20;

    private static readonly Mutations Chunks = new(Mutations.Ascii(
        "\r\n", "\r", "\n", ";", ";chunk-signature=", "0\r\n", "0\r\n\r\n", "ffffffffffffffff", "7fffffffffffffff", "-1", " ", ":",
        "x-amz-checksum-crc32:AAAAAA==\r\n"), "1\r\nx\r\n"u8.ToArray());

    private static readonly Mutations Events = new([[0, 0, 0, 0], [0xFF, 0xFF, 0xFF, 0xFF], [0x7F, 0xFF, 0xFF, 0xFF], [7], [0xFF], [0, 0xFF]], [7, 0]);

    [Fact]
    public void Aws_chunked_bodies_decode_or_get_an_AWS_error()
    {
        var inputs =
            from body in ChunkedBody.SelectMany(valid => Gen.Frequency((1, Gen.Constant(valid)), (4, Chunks.Of(valid))))
            from readSize in Gen.Choose(1, 4096)
            select (new FuzzInput("aws-chunked", body), readSize);
        FuzzRun.Check("aws-chunked", inputs, pair => FuzzRun.Decodes(() =>
        {
            var reader = PipeReader.Create(new MemoryStream(pair.Item1.Bytes),
                new StreamPipeReaderOptions(bufferSize: pair.readSize, minimumReadSize: Math.Min(pair.readSize, 1024)));
            using var body = AwsChunkedBody.ReadAsync(reader, Limit, () => CommonErrors.RequestTooLarge(Limit), null, CancellationToken.None)
                .AsTask().GetAwaiter().GetResult();
        }));
    }

    /// <summary>Event-stream messages mutated, half of them with their checksums made right again so that the headers are read.</summary>
    [Fact]
    public void Event_stream_messages_decode_or_are_a_format_error()
    {
        var inputs =
            from headers in Gen.ListOf(Gen.Elements(":event-type", ":content-type", ":message-type", "", "é"), 3)
            from payload in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b))
            from mutated in Events.Of(EventStreamMessage.Encode([.. headers.Select(h => new KeyValuePair<string, string>(h, h))], payload))
            from resealed in Gen.Elements(true, false)
            select new FuzzInput("event stream", resealed ? Resealed(mutated) : mutated);
        FuzzRun.Check("event stream", inputs, input =>
        {
            try
            {
                EventStreamMessage.Decode(input.Bytes);
            }
            catch (FormatException)
            {
            }
        });
    }

    /// <summary>Chunks of random data with or without signatures, the zero chunk, and trailers with or without the closing empty line.</summary>
    private static Gen<byte[]> ChunkedBody =>
        from data in Gen.ListOf(Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)))
        from signed in Gen.Elements(true, false)
        from trailer in Gen.Elements("", "x-amz-checksum-crc32:AAAAAA==\r\n", "x-amz-checksum-crc32:AAAAAA==\r\nx-amz-trailer-signature:s\r\n")
        from closed in Gen.Elements(true, false)
        select ChunkedBytes(data, signed ? ";chunk-signature=abc" : "", trailer, closed);

    private static byte[] ChunkedBytes(IEnumerable<byte[]> chunks, string signature, string trailer, bool closed)
    {
        var body = new MemoryStream();
        foreach (var chunk in chunks.Where(c => c.Length > 0).Append([]))
        {
            body.Write(Encoding.ASCII.GetBytes($"{chunk.Length:x}{signature}\r\n"));
            body.Write(chunk);
            if (chunk.Length > 0) body.Write("\r\n"u8);
        }
        body.Write(Encoding.ASCII.GetBytes(trailer + (closed ? "\r\n" : "")));
        return body.ToArray();
    }

    /// <summary>The message with its prelude and message checksums computed again over what it now holds.</summary>
    private static byte[] Resealed(byte[] message)
    {
        if (message.Length < 16) return message;
        var span = message.AsSpan();
        BinaryPrimitives.WriteInt32BigEndian(span, message.Length);
        BinaryPrimitives.WriteUInt32BigEndian(span[8..], Crc32.HashToUInt32(span[..8]));
        BinaryPrimitives.WriteUInt32BigEndian(span[^4..], Crc32.HashToUInt32(span[..^4]));
        return message;
    }
}
