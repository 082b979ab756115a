using System.Text;
using Emulator.Protocol.Json;

namespace Emulator.Tests.Protocol;

public class EpochSecondsTests
{
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
        var text = new byte[EpochSeconds.MaxLength];
        var length = EpochSeconds.Format(millis, text);

        Assert.Equal(Newtonsoft.Json.JsonConvert.ToString(millis / 1000.0), Encoding.UTF8.GetString(text, 0, length));
    }
}
