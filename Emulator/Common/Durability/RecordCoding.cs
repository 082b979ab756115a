using System.Buffers;
using Emulator.Protocol.Json;
using Emulator.Protocol.Shapes;

namespace Emulator.Common.Durability;

/// <summary>The few value shapes records need that <see cref="BinaryWriter"/> does not write itself.</summary>
public static class RecordCoding
{
    public static byte[] Encode(Action<BinaryWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer)) write(writer);
        return buffer.ToArray();
    }

    public static T Decode<T>(byte[] value, Func<BinaryReader, T> read)
    {
        using var reader = new BinaryReader(new MemoryStream(value, writable: false));
        return read(reader);
    }

    public static void WriteNullable(this BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null) writer.Write(value);
    }

    public static string? ReadNullableString(this BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    public static void WriteBytes(this BinaryWriter writer, ReadOnlySpan<byte> value)
    {
        writer.Write7BitEncodedInt(value.Length);
        writer.Write(value);
    }

    public static byte[] ReadBytes(this BinaryReader reader) => reader.ReadBytes(reader.Read7BitEncodedInt());

    public static void WriteNullableBytes(this BinaryWriter writer, byte[]? value)
    {
        writer.Write(value is not null);
        if (value is not null) writer.WriteBytes(value);
    }

    public static byte[]? ReadNullableBytes(this BinaryReader reader) => reader.ReadBoolean() ? reader.ReadBytes() : null;

    public static void WriteUInt128(this BinaryWriter writer, UInt128 value)
    {
        writer.Write((ulong)(value >> 64));
        writer.Write((ulong)value);
    }

    public static UInt128 ReadUInt128(this BinaryReader reader) => new(reader.ReadUInt64(), reader.ReadUInt64());

    public static void WriteNullable(this BinaryWriter writer, DateTimeOffset? value)
    {
        writer.Write(value is not null);
        if (value is { } time) writer.Write(time.UtcTicks);
    }

    public static DateTimeOffset ReadTime(this BinaryReader reader) => new(reader.ReadInt64(), TimeSpan.Zero);

    public static DateTimeOffset? ReadNullableTime(this BinaryReader reader) => reader.ReadBoolean() ? reader.ReadTime() : null;

    /// <summary>
    /// A value of an API shape (a configuration as a request gave it), in the AWS JSON its service speaks: the shape's own
    /// codec, so that a record holds every member the model has, now and as the model grows.
    /// </summary>
    public static void WriteShape(this BinaryWriter writer, object value)
    {
        var json = new ArrayBufferWriter<byte>();
        JsonResponseEncoder.WriteResult(json, ShapeCatalog.For(value.GetType()), value);
        writer.WriteBytes(json.WrittenSpan);
    }

    public static object ReadShape(this BinaryReader reader, Type type) => JsonRequestDecoder.Decode(ShapeCatalog.For(type), reader.ReadBytes());

    public static T ReadShape<T>(this BinaryReader reader) => (T)reader.ReadShape(typeof(T));

    public static void WriteList<T>(this BinaryWriter writer, IReadOnlyCollection<T> items, Action<BinaryWriter, T> write)
    {
        writer.Write7BitEncodedInt(items.Count);
        foreach (var item in items) write(writer, item);
    }

    public static List<T> ReadList<T>(this BinaryReader reader, Func<BinaryReader, T> read)
    {
        var count = reader.Read7BitEncodedInt();
        var items = new List<T>(count);
        for (var i = 0; i < count; i++) items.Add(read(reader));
        return items;
    }

    public static void WriteMap(this BinaryWriter writer, IReadOnlyDictionary<string, string> map)
    {
        writer.Write7BitEncodedInt(map.Count);
        foreach (var (key, value) in map)
        {
            writer.Write(key);
            writer.Write(value);
        }
    }

    public static Dictionary<string, string> ReadMap(this BinaryReader reader)
    {
        var count = reader.Read7BitEncodedInt();
        var map = new Dictionary<string, string>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++) map[reader.ReadString()] = reader.ReadString();
        return map;
    }
}
