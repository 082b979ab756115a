using System.Text;
using Emulator.Protocol.Json;

namespace Emulator.Tests.Protocol;

public class PooledUtf8WriterTests
{
    [Fact]
    public void Writes_UTF8_across_growth_and_split_surrogate_pairs()
    {
        using var writer = new PooledUtf8Writer();
        var text = new StringBuilder();
        for (var i = 0; i < 2000; i++) text.Append("aé✓");
        writer.Write(text.ToString());
        writer.Write('\uD83D');
        writer.Write('\uDE00');
        writer.Write(" end".ToCharArray(), 0, 4);

        Assert.Equal(text + "😀 end", Encoding.UTF8.GetString(writer.Written.Span));
    }

    [Fact]
    public void Reset_keeps_small_buffers_only()
    {
        using var writer = new PooledUtf8Writer();
        writer.Write("small");
        Assert.True(writer.Reset());
        Assert.Equal(0, writer.Written.Length);

        writer.Write(new string('x', 100_000));
        Assert.False(writer.Reset());
    }
}
