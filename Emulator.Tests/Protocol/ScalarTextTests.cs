using Emulator.Protocol.Errors;
using Emulator.Protocol.Shapes;

namespace Emulator.Tests.Protocol;

/// <summary>Scalars read from query parameters, headers and XML text.</summary>
public class ScalarTextTests
{
    [Theory]
    [InlineData("2026-01-01T00:00:00Z", 1_767_225_600_000)]
    [InlineData("1767225600.5", 1_767_225_600_500)]
    public void Timestamps_are_dates_or_epoch_seconds(string text, long millis) =>
        Assert.Equal(millis, ((DateTimeOffset)ScalarText.Parse(MemberKind.Timestamp, text, "When")).ToUnixTimeMilliseconds());

    // Found by the REST-XML fuzz target: x-amz-copy-source-if-modified-since: 1e400 was a 500.
    [Theory]
    [InlineData("1e400")]
    [InlineData("99999999999999999999999999999")]
    [InlineData("-1e300")]
    [InlineData("NaN")]
    public void Epoch_seconds_past_the_range_of_dates_are_an_invalid_parameter(string text)
    {
        var error = Assert.Throws<AwsError>(() => ScalarText.Parse(MemberKind.Timestamp, text, "If-Modified-Since"));
        Assert.Equal(("InvalidParameterValue", 400), (error.QueryCode, error.Status));
    }
}
