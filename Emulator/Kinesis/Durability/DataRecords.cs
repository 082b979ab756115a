using System.Buffers.Binary;
using System.Text;
using Emulator.Kinesis.Streams;

namespace Emulator.Kinesis.Durability;

/// <summary>
/// A data record as a journal record: a fixed header (sequence number, arrival time) then the partition key and the data
/// as they were put. The bulk of the work, copying the key and the data, happens before the shard's lock is taken
/// (<see cref="Prepare"/>); under it, only the header is written (<see cref="Stamp"/>). Keys are the shard's prefix and
/// the sequence number in 32 hex digits, so that they sort as the records do and a range of keys is a run of records.
/// </summary>
public static class DataRecords
{
    private const byte Version = 1;
    private const int SequenceAt = 1;
    private const int ArrivalAt = SequenceAt + 16;
    private const int KeyLengthAt = ArrivalAt + 8;
    private const int KeyAt = KeyLengthAt + 4;

    public static string Key(string shardPrefix, UInt128 sequence) => $"{shardPrefix}{sequence:x32}";

    /// <summary>The record's value, still without its sequence number and arrival time.</summary>
    public static byte[] Prepare(ReadOnlySpan<byte> data, string partitionKey)
    {
        var keyLength = Encoding.UTF8.GetByteCount(partitionKey);
        var value = GC.AllocateUninitializedArray<byte>(KeyAt + keyLength + data.Length);
        value[0] = Version;
        BinaryPrimitives.WriteInt32LittleEndian(value.AsSpan(KeyLengthAt), keyLength);
        Encoding.UTF8.GetBytes(partitionKey, value.AsSpan(KeyAt));
        data.CopyTo(value.AsSpan(KeyAt + keyLength));
        return value;
    }

    /// <summary>The value of a record a shard holds (snapshots).</summary>
    public static byte[] Encode(StoredRecord record)
    {
        var value = Prepare(record.Data.Span, record.PartitionKey);
        Stamp(value, record.SequenceNumber, record.ArrivedAt.UtcTicks);
        return value;
    }

    public static void Stamp(byte[] value, UInt128 sequence, long arrivedTicks)
    {
        BinaryPrimitives.WriteUInt128LittleEndian(value.AsSpan(SequenceAt), sequence);
        BinaryPrimitives.WriteInt64LittleEndian(value.AsSpan(ArrivalAt), arrivedTicks);
    }

    public static StoredData Read(byte[] value)
    {
        var keyLength = BinaryPrimitives.ReadInt32LittleEndian(value.AsSpan(KeyLengthAt));
        return new StoredData(
            BinaryPrimitives.ReadUInt128LittleEndian(value.AsSpan(SequenceAt)),
            new DateTimeOffset(BinaryPrimitives.ReadInt64LittleEndian(value.AsSpan(ArrivalAt)), TimeSpan.Zero),
            Encoding.UTF8.GetString(value, KeyAt, keyLength),
            value.AsMemory(KeyAt + keyLength));
    }
}

/// <summary>A data record as the journal holds it.</summary>
public readonly record struct StoredData(UInt128 Sequence, DateTimeOffset ArrivedAt, string PartitionKey, ReadOnlyMemory<byte> Data);
