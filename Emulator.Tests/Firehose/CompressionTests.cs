using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Emulator.Firehose.Delivery;

namespace Emulator.Tests.Firehose;

/// <summary>Each compression format decompresses, with the usual tools of the format, to the records concatenated.</summary>
public class CompressionTests
{
    private static readonly byte[][] Records = [.. Enumerable.Range(0, 3000).Select(i => Encoding.UTF8.GetBytes($"{{\"n\":{i}}}\n"))];
    private static readonly byte[] Joined = [.. Records.SelectMany(r => r)];

    [Fact]
    public void Gzip()
    {
        using var gzip = new GZipStream(new MemoryStream(Compression.Apply("GZIP", Records, "x")), CompressionMode.Decompress);
        Assert.Equal(Joined, Read(gzip));
    }

    [Fact]
    public void Zip_holds_one_entry()
    {
        using var zip = new ZipArchive(new MemoryStream(Compression.Apply("ZIP", Records, "entry")));
        var entry = Assert.Single(zip.Entries);
        Assert.Equal("entry", entry.Name);
        Assert.Equal(Joined, Read(entry.Open()));
    }

    [Fact]
    public void Snappy_is_the_framing_format()
    {
        using var snappy = new Snappier.SnappyStream(new MemoryStream(Compression.Apply("Snappy", Records, "x")), CompressionMode.Decompress);
        Assert.Equal(Joined, Read(snappy));
    }

    [Fact]
    public void Hadoop_snappy_is_length_prefixed_blocks()
    {
        var data = Compression.Apply("HADOOP_SNAPPY", Records, "x").AsSpan();
        var output = new List<byte>();
        while (!data.IsEmpty)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(data);
            var compressed = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
            var block = Snappier.Snappy.DecompressToArray(data.Slice(8, compressed));
            Assert.Equal(length, block.Length);
            output.AddRange(block);
            data = data[(8 + compressed)..];
        }
        Assert.Equal(Joined, output.ToArray());
    }

    [Theory]
    [InlineData("GZIP", ".gz")]
    [InlineData("UNCOMPRESSED", "")]
    public void Extensions(string format, string extension) => Assert.Equal(extension, Compression.Extension(format));

    private static byte[] Read(Stream stream)
    {
        using var output = new MemoryStream();
        stream.CopyTo(output);
        return output.ToArray();
    }
}
