using Emulator.Common.Durability;
using Emulator.Firehose.Shapes;
using Emulator.Firehose.Streams;

namespace Emulator.Firehose.Durability;

/// <summary>
/// A delivery stream as one record: its place, type, status, version and times, its destination's configuration as
/// created and updated (in the API's own JSON, every member kept), its Kinesis source, encryption and tags. Its key
/// (<see cref="ResourceKeys"/>) followed by '/' is the prefix of its accepted records' and source positions' keys.
/// </summary>
public static class DeliveryStreamRecords
{
    private const byte Version = 1;

    public static string Key(DeliveryStream stream) => ResourceKeys.Of(stream.AccountId, stream.Region, stream.Name, stream.Created);

    /// <summary>Encoded under the stream's lock, so that the record is the stream at one moment.</summary>
    public static byte[] Encode(DeliveryStream stream) => RecordCoding.Encode(writer =>
    {
        writer.Write(Version);
        writer.Write(stream.Name);
        writer.Write(stream.AccountId);
        writer.Write(stream.Region);
        writer.Write(stream.Type);
        writer.Write(stream.Created.UtcTicks);
        writer.Write(stream.Status);
        writer.Write(stream.Version);
        writer.WriteNullable(stream.LastUpdated);
        writer.Write(stream.Destination.Kind);
        writer.WriteShape(stream.Destination.Configuration);
        writer.Write(stream.KinesisSource is not null);
        if (stream.KinesisSource is { } source) writer.WriteShape(source);
        writer.WriteShape(stream.Encryption);
        writer.WriteList(stream.Tags, (w, tag) =>
        {
            w.Write(tag.Key);
            w.Write(tag.Value);
        });
    });

    public static StoredDeliveryStream Decode(byte[] value) => RecordCoding.Decode(value, reader =>
    {
        reader.ReadByte();
        var (name, account, region, type, created, status) =
            (reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadTime(), reader.ReadString());
        var (version, lastUpdated, kind) = (reader.ReadInt32(), reader.ReadNullableTime(), reader.ReadString());
        var destination = Destination.Restored(kind, reader.ReadShape(Destination.ConfigurationType(kind)));
        var source = reader.ReadBoolean() ? reader.ReadShape<KinesisStreamSourceConfiguration>() : null;
        return new StoredDeliveryStream(name, account, region, type, created, status, version, lastUpdated, destination, source,
            reader.ReadShape<DeliveryStreamEncryptionConfiguration>(), reader.ReadList(r => KeyValuePair.Create(r.ReadString(), r.ReadString())));
    });
}

/// <summary>A delivery stream as its record holds it.</summary>
public sealed record StoredDeliveryStream(string Name, string AccountId, string Region, string Type, DateTimeOffset Created, string Status,
    int Version, DateTimeOffset? LastUpdated, Destination Destination, KinesisStreamSourceConfiguration? KinesisSource,
    DeliveryStreamEncryptionConfiguration Encryption, IReadOnlyList<KeyValuePair<string, string>> Tags);
