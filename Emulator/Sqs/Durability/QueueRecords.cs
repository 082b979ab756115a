using Emulator.Common.Durability;
using Emulator.Sqs.Queues;

namespace Emulator.Sqs.Durability;

/// <summary>A queue's definition as a record: its name and place, when it was made and changed, its attributes as set and its tags.</summary>
public static class QueueRecords
{
    private const byte Version = 1;

    public static string Key(SqsQueue queue) => Key(queue.AccountId, queue.Region, queue.Name);

    public static string Key(string accountId, string region, string name) => $"{accountId}/{region}/{name}";

    public static string MessageKey(SqsQueue queue, Guid messageId) => $"{Key(queue)}/{messageId:N}";

    /// <summary>The prefix of the keys of a queue's message records.</summary>
    public static string MessagesPrefix(SqsQueue queue) => Key(queue) + "/";

    public static byte[] Encode(SqsQueue queue) => RecordCoding.Encode(writer =>
    {
        writer.Write(Version);
        writer.Write(queue.AccountId);
        writer.Write(queue.Region);
        writer.Write(queue.Name);
        writer.Write(queue.CreatedTimestamp.UtcTicks);
        writer.Write(queue.LastModifiedTimestamp.UtcTicks);
        writer.WriteMap(queue.Settings.Raw);
        writer.WriteMap(queue.Tags);
    });

    public static StoredQueue Decode(byte[] value) => RecordCoding.Decode(value, reader =>
    {
        reader.ReadByte();
        return new StoredQueue(reader.ReadString(), reader.ReadString(), reader.ReadString(),
            new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero), new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero),
            reader.ReadMap(), reader.ReadMap());
    });
}

public sealed record StoredQueue(string AccountId, string Region, string Name, DateTimeOffset Created, DateTimeOffset LastModified,
    Dictionary<string, string> Attributes, Dictionary<string, string> Tags);
