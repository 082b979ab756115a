using System.Text;
using Emulator.Protocol.Json;

namespace Emulator.Tests.Protocol;

public class Utf8TextReaderTests
{
    [Fact]
    public void Reads_multi_byte_characters_split_across_small_buffers()
    {
        const string text = "héllo wörld 😀 ✓ end";
        var reader = new Utf8TextReader(Encoding.UTF8.GetBytes(text));
        var read = new StringBuilder();
        var buffer = new char[3];
        int count;
        while ((count = reader.Read(buffer, 0, buffer.Length)) > 0) read.Append(buffer, 0, count);

        Assert.Equal(text, read.ToString());
    }

    [Fact]
    public void Invalid_bytes_read_as_replacement_characters()
    {
        var reader = new Utf8TextReader(new byte[] { (byte)'a', 0xFF, (byte)'b' });

        Assert.Equal("a\uFFFDb", reader.ReadToEnd());
    }
}
