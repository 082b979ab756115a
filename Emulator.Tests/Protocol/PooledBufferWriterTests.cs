using System.Buffers;
using System.Text;
using Emulator.Protocol.Pipeline;

namespace Emulator.Tests.Protocol;

public class PooledBufferWriterTests
{
    [Fact]
    public void Large_output_spans_segments_in_order()
    {
        using var writer = new PooledBufferWriter();
        var expected = new List<byte>();
        var random = new Random(3);
        for (var i = 0; i < 3_000; i++)
        {
            var piece = new byte[random.Next(1, 5_000)];
            random.NextBytes(piece);
            writer.Write(piece);
            expected.AddRange(piece);
        }

        Assert.False(writer.Written.IsSingleSegment);
        Assert.Equal(expected.ToArray(), writer.Written.ToArray());
    }

    [Fact]
    public void A_span_larger_than_a_segment_is_handed_out_whole()
    {
        using var writer = new PooledBufferWriter();
        writer.Write("start"u8);
        var span = writer.GetSpan(3 * 1024 * 1024);

        Assert.True(span.Length >= 3 * 1024 * 1024);
        span[..3].Fill((byte)'x');
        writer.Advance(3);
        Assert.Equal("startxxx", Encoding.UTF8.GetString(writer.Written.ToArray()));
    }

    [Fact]
    public void Reset_keeps_small_buffers_only()
    {
        using var writer = new PooledBufferWriter();
        writer.Write("small"u8);
        Assert.True(writer.Reset());
        Assert.Equal(0, writer.Written.Length);

        writer.GetSpan(100_000);
        writer.Advance(100_000);
        Assert.False(writer.Reset());
    }
}
