using System.Buffers.Binary;

namespace Emulator.Firehose.Durability;

/// <summary>
/// A record a delivery stream has accepted and not yet delivered: when it arrived and its data. Keys are the stream's key
/// and the record's number in the stream's pipeline in 16 hex digits, so that they sort in arrival order and the records
/// of the batches delivered so far are one range of keys.
/// </summary>
public static class AcceptedRecords
{
    private const byte Version = 1;
    private const int ArrivalAt = 1;
    private const int DataAt = ArrivalAt + 8;

    public static string Key(string streamKey, long number) => $"{streamKey}/{number:x16}";

    public static byte[] Encode(byte[] data, DateTimeOffset arrived)
    {
        var value = GC.AllocateUninitializedArray<byte>(DataAt + data.Length);
        value[0] = Version;
        BinaryPrimitives.WriteInt64LittleEndian(value.AsSpan(ArrivalAt), arrived.UtcTicks);
        data.CopyTo(value.AsSpan(DataAt));
        return value;
    }

    public static AcceptedRecord Decode(string key, byte[] value) => new(
        Convert.ToInt64(key[(key.LastIndexOf('/') + 1)..], 16),
        new DateTimeOffset(BinaryPrimitives.ReadInt64LittleEndian(value.AsSpan(ArrivalAt)), TimeSpan.Zero),
        value[DataAt..]);
}

/// <summary>A record as its pipeline numbered it, when it arrived and its data.</summary>
public sealed record AcceptedRecord(long Number, DateTimeOffset Arrived, byte[] Data);
