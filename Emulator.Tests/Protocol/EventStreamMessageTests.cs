using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using Emulator.Protocol.EventStream;

namespace Emulator.Tests.Protocol;

public class EventStreamMessageTests
{
    [Fact]
    public void An_empty_message_matches_AWS_test_vector()
    {
        // awslabs/aws-c-event-stream test vector "empty_message": total length 16, no headers, no payload.
        byte[] expected = [0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x00, 0x05, 0xc2, 0x48, 0xeb, 0x7d, 0x98, 0xc8, 0xff];

        Assert.Equal(expected, EventStreamMessage.Encode([], []));
    }

    [Fact]
    public void A_message_with_a_payload_matches_AWS_test_vector()
    {
        // awslabs/aws-c-event-stream test vector "payload_no_headers": {'foo':'bar'} with no headers.
        byte[] expected =
        [
            0x00, 0x00, 0x00, 0x1D, 0x00, 0x00, 0x00, 0x00, 0xfd, 0x52, 0x8c, 0x5a, 0x7b, 0x27, 0x66, 0x6f, 0x6f, 0x27, 0x3a, 0x27, 0x62,
            0x61, 0x72, 0x27, 0x7d, 0xc3, 0x65, 0x39, 0x36,
        ];

        Assert.Equal(expected, EventStreamMessage.Encode([], "{'foo':'bar'}"u8));
    }

    [Fact]
    public void Headers_and_payload_round_trip()
    {
        var headers = new List<KeyValuePair<string, string>>
        {
            new(":event-type", "SubscribeToShardEvent"), new(":content-type", "application/x-amz-json-1.1"), new(":message-type", "event"),
        };
        var payload = Encoding.UTF8.GetBytes("{\"Records\":[]}");

        var (readHeaders, readPayload) = EventStreamMessage.Decode(EventStreamMessage.Encode(headers, payload));

        Assert.Equal(headers.ToDictionary(h => h.Key, h => h.Value), readHeaders);
        Assert.Equal(payload, readPayload);
    }

    [Fact]
    public void A_corrupted_message_fails_its_checksum()
    {
        var message = EventStreamMessage.Encode([new(":message-type", "event")], "payload"u8);
        message[^6] ^= 0xFF;

        Assert.Throws<FormatException>(() => EventStreamMessage.Decode(message));
    }

    // Found by the event-stream fuzz target: a header length past the headers' section (checksums right) threw
    // ArgumentOutOfRangeException.
    [Theory]
    [InlineData(0x30)]
    [InlineData(0xFF)]
    public void A_header_longer_than_the_headers_section_is_a_format_error(byte nameLength)
    {
        var message = EventStreamMessage.Encode([new(":message-type", "event")], "payload"u8);
        message[12] = nameLength;
        BinaryPrimitives.WriteUInt32BigEndian(message.AsSpan(message.Length - 4), Crc32.HashToUInt32(message.AsSpan(0, message.Length - 4)));

        Assert.Throws<FormatException>(() => EventStreamMessage.Decode(message));
    }

    // Found by the event-stream fuzz target: a headers length near int.MaxValue overflowed the length check.
    [Fact]
    public void A_headers_length_past_the_message_is_a_format_error()
    {
        var message = EventStreamMessage.Encode([new(":message-type", "event")], "payload"u8);
        BinaryPrimitives.WriteInt32BigEndian(message.AsSpan(4), int.MaxValue);
        BinaryPrimitives.WriteUInt32BigEndian(message.AsSpan(8), Crc32.HashToUInt32(message.AsSpan(0, 8)));

        Assert.Throws<FormatException>(() => EventStreamMessage.Decode(message));
    }
}
