using System.Buffers.Binary;
using System.IO.Compression;

namespace Emulator.Firehose.Delivery;

/// <summary>
/// The compression formats of S3 destinations: GZIP, ZIP (one entry), Snappy (the framing format) and HADOOP_SNAPPY
/// (Hadoop's block format: big-endian uncompressed and compressed lengths before each block), with the extension each
/// adds to the object's name unless the destination names its own.
/// </summary>
public static class Compression
{
    private const int HadoopBlock = 256 * 1024;

    public static string Extension(string format) => format switch
    {
        "GZIP" => ".gz",
        "ZIP" => ".zip",
        "Snappy" => ".snappy",
        "HADOOP_SNAPPY" => ".hsnappy",
        _ => "",
    };

    public static byte[] Apply(string format, IReadOnlyList<byte[]> records, string entryName)
    {
        using var output = new MemoryStream();
        switch (format)
        {
            case "GZIP":
                using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true)) Write(gzip, records);
                break;
            case "ZIP":
                using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
                using (var entry = zip.CreateEntry(entryName, CompressionLevel.Fastest).Open())
                    Write(entry, records);
                break;
            case "Snappy":
                using (var snappy = new Snappier.SnappyStream(output, CompressionMode.Compress, leaveOpen: true)) Write(snappy, records);
                break;
            case "HADOOP_SNAPPY":
                HadoopSnappy(output, Concatenate(records));
                break;
            default:
                Write(output, records);
                break;
        }
        return output.ToArray();
    }

    private static void Write(Stream stream, IReadOnlyList<byte[]> records)
    {
        foreach (var record in records) stream.Write(record);
    }

    private static byte[] Concatenate(IReadOnlyList<byte[]> records)
    {
        var all = new byte[records.Sum(r => (long)r.Length)];
        var offset = 0;
        foreach (var record in records)
        {
            record.CopyTo(all, offset);
            offset += record.Length;
        }
        return all;
    }

    private static void HadoopSnappy(Stream output, byte[] data)
    {
        Span<byte> lengths = stackalloc byte[4];
        for (var offset = 0; offset < data.Length; offset += HadoopBlock)
        {
            var block = data.AsSpan(offset, Math.Min(HadoopBlock, data.Length - offset));
            var compressed = Snappier.Snappy.CompressToArray(block);
            BinaryPrimitives.WriteInt32BigEndian(lengths, block.Length);
            output.Write(lengths);
            BinaryPrimitives.WriteInt32BigEndian(lengths, compressed.Length);
            output.Write(lengths);
            output.Write(compressed);
        }
    }
}
