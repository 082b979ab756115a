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
