using Emulator.Common.Durability;
using Emulator.Sqs.Messages;
using Emulator.Sqs.Shapes;

namespace Emulator.Sqs.Durability;

/// <summary>
/// A message as two records: what never changes once sent (body, attributes, ids), written once; and its delivery state
/// (arrival order, state, receives, when it is visible again), small and rewritten on every receive or visibility change.
/// </summary>
public static class MessageRecords
{
    private const byte Version = 1;

    public static byte[] Content(SqsMessage message) => RecordCoding.Encode(writer =>
    {
        writer.Write(Version);
        writer.Write(message.Id.ToByteArray());
        writer.WriteBytes(message.BodyUtf8);
        writer.WriteUInt128(message.BodyMd5);
        WriteAttributes(writer, message.Attributes);
        writer.WriteNullable(message.Md5OfAttributes);
        writer.WriteNullable(message.AwsTraceHeader);
        writer.Write(message.SenderId);
        writer.Write(message.SentTimestamp);
        writer.WriteNullable(message.GroupId);
        writer.WriteNullable(message.DeduplicationId);
        writer.WriteNullable(message.DeadLetterSourceArn);
    });

    public static byte[] Delivery(SqsMessage message) => RecordCoding.Encode(writer =>
    {
        writer.Write(Version);
        writer.Write(message.Arrival);
        writer.Write(message.Sequence);
        writer.Write((byte)message.State);
        writer.Write(message.ReceiveCount);
        writer.Write(message.FirstReceiveTimestamp);
        writer.Write(message.VisibleAtTicks);
        writer.Write(message.ReceiveToken);
        writer.Write(message.InFlightSinceTicks);
    });

    /// <summary>The message both records describe, in the state the delivery record gives it.</summary>
    public static SqsMessage Read(byte[] content, byte[] delivery)
    {
        var message = RecordCoding.Decode(content, reader =>
        {
            reader.ReadByte();
            var id = new Guid(reader.ReadBytes(16));
            var body = reader.ReadBytes();
            var md5 = reader.ReadUInt128();
            return new SqsMessage
            {
                Id = id,
                BodyUtf8 = body,
                BodyMd5 = md5,
                Attributes = ReadAttributes(reader),
                Md5OfAttributes = reader.ReadNullableString(),
                AwsTraceHeader = reader.ReadNullableString(),
                SenderId = reader.ReadString(),
                SentTimestamp = reader.ReadInt64(),
                GroupId = reader.ReadNullableString(),
                DeduplicationId = reader.ReadNullableString(),
                DeadLetterSourceArn = reader.ReadNullableString(),
            };
        });
        RecordCoding.Decode(delivery, reader =>
        {
            reader.ReadByte();
            message.Arrival = reader.ReadInt64();
            message.Sequence = reader.ReadUInt64();
            message.State = (MessageState)reader.ReadByte();
            message.ReceiveCount = reader.ReadInt32();
            message.FirstReceiveTimestamp = reader.ReadInt64();
            message.VisibleAtTicks = reader.ReadInt64();
            message.ReceiveToken = reader.ReadInt64();
            message.InFlightSinceTicks = reader.ReadInt64();
            return message;
        });
        return message;
    }

    private static void WriteAttributes(BinaryWriter writer, Dictionary<string, MessageAttributeValue>? attributes)
    {
        writer.Write(attributes is not null);
        if (attributes is null) return;
        writer.Write7BitEncodedInt(attributes.Count);
        foreach (var (name, value) in attributes)
        {
            writer.Write(name);
            writer.WriteNullable(value.DataType);
            writer.WriteNullable(value.StringValue);
            writer.WriteNullableBytes(value.BinaryValue);
            writer.Write7BitEncodedInt(value.StringListValues?.Count ?? 0);
            foreach (var item in value.StringListValues ?? []) writer.Write(item);
            writer.Write7BitEncodedInt(value.BinaryListValues?.Count ?? 0);
            foreach (var item in value.BinaryListValues ?? []) writer.WriteBytes(item);
        }
    }

    private static Dictionary<string, MessageAttributeValue>? ReadAttributes(BinaryReader reader)
    {
        if (!reader.ReadBoolean()) return null;
        var count = reader.Read7BitEncodedInt();
        var attributes = new Dictionary<string, MessageAttributeValue>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var name = reader.ReadString();
            var value = new MessageAttributeValue
            {
                DataType = reader.ReadNullableString(),
                StringValue = reader.ReadNullableString(),
                BinaryValue = reader.ReadNullableBytes(),
            };
            var strings = reader.Read7BitEncodedInt();
            if (strings > 0) value.StringListValues = [.. Enumerable.Range(0, strings).Select(_ => reader.ReadString())];
            var binaries = reader.Read7BitEncodedInt();
            if (binaries > 0) value.BinaryListValues = [.. Enumerable.Range(0, binaries).Select(_ => reader.ReadBytes())];
            attributes[name] = value;
        }
        return attributes;
    }
}
