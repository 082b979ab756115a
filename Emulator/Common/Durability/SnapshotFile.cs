namespace Emulator.Common.Durability;

/// <summary>
/// A snapshot as a file: a header, then every record (kind, key, value), then the count, so that a cut-off file is told
/// apart from a complete one. The same records durable mode keeps, in a file of its own that any run can load.
/// </summary>
public static class SnapshotFile
{
    private static ReadOnlySpan<byte> Header => "aws-emulator snapshot\n"u8;
    private const byte Version = 1;

    public static void Write(Stream stream, IEnumerable<DurableRecord> records)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Header);
        writer.Write(Version);
        long count = 0;
        foreach (var record in records)
        {
            writer.Write(true);
            writer.Write(record.Kind);
            writer.Write(record.Key);
            writer.WriteBytes(record.Value);
            count++;
        }
        writer.Write(false);
        writer.Write(count);
    }

    /// <summary>The records of a snapshot; a file that is not one, or is cut off, throws <see cref="InvalidDataException"/>.</summary>
    public static List<DurableRecord> Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        try
        {
            if (!reader.ReadBytes(Header.Length).AsSpan().SequenceEqual(Header)) throw new InvalidDataException("The file is not an emulator snapshot.");
            if (reader.ReadByte() != Version) throw new InvalidDataException("The snapshot was written by another version of the emulator.");
            var records = new List<DurableRecord>();
            while (reader.ReadBoolean()) records.Add(new DurableRecord(reader.ReadString(), reader.ReadString(), reader.ReadBytes()));
            if (reader.ReadInt64() != records.Count) throw new InvalidDataException("The snapshot is damaged: its record count does not match.");
            return records;
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("The snapshot is cut off.");
        }
    }
}
