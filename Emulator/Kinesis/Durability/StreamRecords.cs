using System.Collections.Immutable;
using Emulator.Common.Durability;
using Emulator.Kinesis.Streams;

namespace Emulator.Kinesis.Durability;

/// <summary>
/// A stream as one record: its place, settings, tags, policy, status, consumers, every shard it still holds with their
/// lineage, and its counters (the last sequence number and shard index given out), so that neither is given out twice.
/// Its key (<see cref="ResourceKeys"/>) followed by '/' is the prefix of its data records' keys.
/// </summary>
public static class StreamRecords
{
    private const byte Version = 1;

    public static string Key(KinesisStream stream) => ResourceKeys.Of(stream.AccountId, stream.Region, stream.Name, stream.CreatedAt);

    /// <summary>The key of what is kept per shard (<see cref="KinesisJournal.TrimKind"/>).</summary>
    public static string ShardKey(KinesisStream stream, string shardId) => $"{Key(stream)}/{shardId}";

    /// <summary>The prefix of the keys of a shard's data records; shard ids have a fixed length, so it names one shard.</summary>
    public static string ShardPrefix(KinesisStream stream, string shardId) => ShardKey(stream, shardId) + "/";

    /// <summary>Encoded under the stream's lock, so that the record is the stream at one moment.</summary>
    public static byte[] Encode(KinesisStream stream) => RecordCoding.Encode(writer =>
    {
        writer.Write(Version);
        writer.Write(stream.AccountId);
        writer.Write(stream.Region);
        writer.Write(stream.Name);
        writer.Write(stream.CreatedAt.UtcTicks);
        writer.Write(stream.Status);
        WriteSettings(writer, stream.Settings);
        writer.WriteMap(stream.Tags);
        writer.WriteNullable(stream.ResourcePolicy);
        writer.Write(stream.SequenceCounter);
        writer.Write(stream.NextShardIndex);
        writer.WriteList(stream.ShardCountUpdates, (w, update) => w.Write(update.UtcTicks));
        writer.WriteList(stream.Shards, WriteShard);
        writer.WriteList([.. stream.Consumers.Values], WriteConsumer);
    });

    public static StoredStream Decode(byte[] value) => RecordCoding.Decode(value, reader =>
    {
        reader.ReadByte();
        return new StoredStream(reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadTime(), reader.ReadString(),
            ReadSettings(reader), reader.ReadMap().ToImmutableDictionary(StringComparer.Ordinal), reader.ReadNullableString(), reader.ReadUInt64(),
            reader.ReadInt32(), reader.ReadList(r => r.ReadTime()), reader.ReadList(ReadShard), reader.ReadList(ReadConsumer));
    });

    private static void WriteSettings(BinaryWriter writer, StreamSettings settings)
    {
        writer.Write(settings.Mode);
        writer.Write(settings.RetentionHours);
        writer.Write(settings.EncryptionType);
        writer.WriteNullable(settings.KeyId);
        writer.Write(settings.MaxRecordSizeKiB);
        writer.WriteList(settings.ShardLevelMetrics, (w, metric) => w.Write(metric));
        writer.Write(settings.WarmThroughputMiBps is not null);
        if (settings.WarmThroughputMiBps is { } warm) writer.Write(warm);
    }

    private static StreamSettings ReadSettings(BinaryReader reader) => new()
    {
        Mode = reader.ReadString(),
        RetentionHours = reader.ReadInt32(),
        EncryptionType = reader.ReadString(),
        KeyId = reader.ReadNullableString(),
        MaxRecordSizeKiB = reader.ReadInt32(),
        ShardLevelMetrics = reader.ReadList(r => r.ReadString()).ToImmutableSortedSet(),
        WarmThroughputMiBps = reader.ReadBoolean() ? reader.ReadInt32() : null,
    };

    private static void WriteShard(BinaryWriter writer, StreamShard shard)
    {
        writer.Write(shard.Id);
        writer.WriteUInt128(shard.StartingHashKey);
        writer.WriteUInt128(shard.EndingHashKey);
        writer.WriteUInt128(shard.StartingSequence);
        writer.Write(shard.CreatedAt.UtcTicks);
        writer.WriteNullable(shard.ParentShardId);
        writer.WriteNullable(shard.AdjacentParentShardId);
        writer.Write(shard.EndingSequence is not null);
        if (shard.EndingSequence is { } ending) writer.WriteUInt128(ending);
        writer.WriteNullable(shard.ClosedAt);
        writer.WriteList(shard.ChildShardIds, (w, child) => w.Write(child));
    }

    private static StoredShard ReadShard(BinaryReader reader) => new(reader.ReadString(), reader.ReadUInt128(), reader.ReadUInt128(),
        reader.ReadUInt128(), reader.ReadTime(), reader.ReadNullableString(), reader.ReadNullableString(),
        reader.ReadBoolean() ? reader.ReadUInt128() : null, reader.ReadNullableTime(), reader.ReadList(r => r.ReadString()));

    private static void WriteConsumer(BinaryWriter writer, StreamConsumer consumer)
    {
        writer.Write(consumer.Name);
        writer.Write(consumer.Arn);
        writer.Write(consumer.CreatedAt.UtcTicks);
        writer.Write(consumer.Status);
        writer.WriteNullable(consumer.ResourcePolicy);
        writer.WriteMap(consumer.Tags);
    }

    private static StreamConsumer ReadConsumer(BinaryReader reader) =>
        new(reader.ReadString(), reader.ReadString(), reader.ReadTime(), reader.ReadString())
        {
            ResourcePolicy = reader.ReadNullableString(),
            Tags = reader.ReadMap().ToImmutableDictionary(StringComparer.Ordinal),
        };
}

/// <summary>A stream as its record holds it.</summary>
public sealed record StoredStream(string AccountId, string Region, string Name, DateTimeOffset CreatedAt, string Status, StreamSettings Settings,
    ImmutableDictionary<string, string> Tags, string? ResourcePolicy, ulong SequenceCounter, int NextShardIndex,
    IReadOnlyList<DateTimeOffset> ShardCountUpdates, IReadOnlyList<StoredShard> Shards, IReadOnlyList<StreamConsumer> Consumers);

/// <summary>A shard as its stream's record holds it: its range and lineage, and whether and when it closed.</summary>
public sealed record StoredShard(string Id, UInt128 StartingHashKey, UInt128 EndingHashKey, UInt128 StartingSequence, DateTimeOffset CreatedAt,
    string? ParentShardId, string? AdjacentParentShardId, UInt128? EndingSequence, DateTimeOffset? ClosedAt, IReadOnlyList<string> ChildShardIds);
