using Emulator.Protocol.Shapes;
using Emulator.Common.Durability;
using Emulator.S3.Buckets;
using Emulator.S3.Integrity;
using Emulator.S3.Storage;

namespace Emulator.S3.Durability;

/// <summary>A bucket, and an object's description with the file, offset and length of its data, as records.</summary>
public static class S3Records
{
    private const byte Version = 1;

    public static string ObjectKey(S3Bucket bucket, string key) => $"{bucket.Name}/{key}";

    public static byte[] Bucket(S3Bucket bucket) => RecordCoding.Encode(writer =>
    {
        writer.Write(Version);
        writer.Write(bucket.Name);
        writer.Write(bucket.AccountId);
        writer.WriteNullable(bucket.LocationConstraint);
        writer.Write(bucket.Created.UtcTicks);
        writer.WriteMap(bucket.Tags);
    });

    public static StoredBucket ReadBucket(byte[] value) => RecordCoding.Decode(value, reader =>
    {
        reader.ReadByte();
        return new StoredBucket(reader.ReadString(), reader.ReadString(), reader.ReadNullableString(),
            new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero), reader.ReadMap());
    });

    /// <summary>The object with the file, offset and length of its data (relative to <paramref name="dataFolder"/>): what the data directory keeps.</summary>
    public static byte[] ObjectInFile(S3Object item, string dataFolder)
    {
        var data = item.Content as FileBlob ?? throw new InvalidOperationException("In durable mode an object's data is kept in a file.");
        return Object(item, writer =>
        {
            writer.Write(false);
            writer.Write(Path.GetRelativePath(dataFolder, data.FilePath));
            writer.Write(data.Start);
            writer.Write(data.Length);
        });
    }

    /// <summary>The object with its data: what a snapshot holds.</summary>
    public static byte[] ObjectWithData(S3Object item, StreamingBlob data) => Object(item, writer =>
    {
        writer.Write(true);
        writer.Write7BitEncodedInt64(data.Length);
        foreach (var piece in data.Pieces()) writer.Write(piece.Span);
    });

    private static byte[] Object(S3Object item, Action<BinaryWriter> writeData) => RecordCoding.Encode(writer =>
    {
        writer.Write(Version);
        writer.Write(item.Key);
        writeData(writer);
        writer.Write(item.LastModified.UtcTicks);
        var headers = item.Headers;
        writer.Write(headers.ContentType);
        writer.WriteNullable(headers.ContentEncoding);
        writer.WriteNullable(headers.ContentDisposition);
        writer.WriteNullable(headers.ContentLanguage);
        writer.WriteNullable(headers.CacheControl);
        writer.WriteNullable(headers.Expires);
        writer.Write(headers.Metadata is not null);
        if (headers.Metadata is not null) writer.WriteMap(headers.Metadata);
        writer.Write(item.ETag);
        WriteChecksum(writer, item.GivenChecksum);
        writer.WriteMap(item.Tags);
        writer.Write(item.Parts is not null);
        writer.Write7BitEncodedInt(item.Parts?.Count ?? 0);
        foreach (var part in item.Parts ?? [])
        {
            writer.Write(part.Offset);
            writer.Write(part.Size);
            WriteChecksum(writer, part.Checksum);
        }
    });

    public static StoredObject ReadObject(byte[] value) => RecordCoding.Decode(value, reader =>
    {
        reader.ReadByte();
        var key = reader.ReadString();
        var data = reader.ReadBoolean()
            ? new StoredData(null, 0, 0, reader.ReadBytes(checked((int)reader.Read7BitEncodedInt64())))
            : new StoredData(reader.ReadString(), reader.ReadInt64(), reader.ReadInt64(), null);
        var lastModified = new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero);
        var headers = new ObjectHeaders(reader.ReadString(), reader.ReadNullableString(), reader.ReadNullableString(),
            reader.ReadNullableString(), reader.ReadNullableString(), reader.ReadNullableString(), reader.ReadBoolean() ? reader.ReadMap() : null);
        var etag = reader.ReadString();
        var checksum = ReadChecksum(reader);
        var tags = reader.ReadMap();
        List<StoredPart>? parts = reader.ReadBoolean() ? [] : null;
        var partCount = reader.Read7BitEncodedInt();
        for (var i = 0; i < partCount; i++) parts!.Add(new StoredPart(reader.ReadInt64(), reader.ReadInt64(), ReadChecksum(reader)));
        return new StoredObject(key, data, lastModified, headers, etag, checksum, tags, parts);
    });

    private static void WriteChecksum(BinaryWriter writer, ObjectChecksum? checksum)
    {
        writer.Write(checksum is not null);
        if (checksum is null) return;
        writer.Write(checksum.Algorithm.Name);
        writer.Write(checksum.Value);
        writer.Write(checksum.Type);
    }

    private static ObjectChecksum? ReadChecksum(BinaryReader reader) =>
        reader.ReadBoolean() ? new ObjectChecksum(ChecksumAlgorithm.Named(reader.ReadString())!, reader.ReadString(), reader.ReadString()) : null;
}

public sealed record StoredBucket(string Name, string AccountId, string? LocationConstraint, DateTimeOffset Created, Dictionary<string, string> Tags);

/// <summary>Where a stored object's data is: a range of a data directory file, or the bytes themselves (snapshots).</summary>
public sealed record StoredData(string? File, long Start, long Length, byte[]? Bytes);

public sealed record StoredObject(string Key, StoredData Data, DateTimeOffset LastModified, ObjectHeaders Headers,
    string ETag, ObjectChecksum? Checksum, Dictionary<string, string> Tags, List<StoredPart>? Parts);
