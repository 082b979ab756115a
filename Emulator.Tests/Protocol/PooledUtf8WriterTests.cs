using System.Buffers;
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
        writer.Write(" x\uD83D");
        writer.Write("\uDE01y");

        Assert.Equal(text + "😀 end x😁y", Encoding.UTF8.GetString(writer.Written.ToArray()));
    }

    [Fact]
    public void Large_output_spans_segments_in_order_and_base64_stays_whole()
    {
        using var writer = new PooledUtf8Writer();
        var blob = new byte[200_000];
        new Random(3).NextBytes(blob);
        var expected = new StringBuilder();
        for (var i = 0; i < 30_000; i++)
        {
            writer.Write("item-" + i + ",");
            expected.Append("item-" + i + ",");
            if (i % 10_000 != 0) continue;
            writer.WriteQuotedBase64(blob);
            expected.Append('"').Append(Convert.ToBase64String(blob)).Append('"');
        }

        Assert.False(writer.Written.IsSingleSegment);
        Assert.Equal(expected.ToString(), Encoding.UTF8.GetString(writer.Written.ToArray()));
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

    [Theory]
    [InlineData(0L)]
    [InlineData(7L)]
    [InlineData(10L)]
    [InlineData(999L)]
    [InlineData(1_700_000_000_000L)]
    [InlineData(1_700_000_000_500L)]
    [InlineData(1_700_000_000_050L)]
    [InlineData(1_700_000_000_123L)]
    [InlineData(1_700_000_000_120L)]
    [InlineData(-1_500L)]
    public void Epoch_seconds_read_as_the_JSON_double_of_the_same_instant(long millis)
    {
        using var writer = new PooledUtf8Writer();
        writer.WriteEpochSeconds(millis);

        Assert.Equal(Newtonsoft.Json.JsonConvert.ToString(millis / 1000.0), Encoding.UTF8.GetString(writer.Written.ToArray()));
    }
}
