using System.Text.RegularExpressions;
using Emulator.Firehose.Delivery;

namespace Emulator.Tests.Firehose;

/// <summary>
/// Key names as the developer guide describes them ("Configure Amazon S3 object name format", "Custom prefixes for Amazon
/// S3 objects"): the default yyyy/MM/dd/HH/ prefix in UTC, expressions evaluated from the oldest record's arrival.
/// </summary>
public class ObjectKeysTests
{
    private static readonly DateTimeOffset Arrival = new(2026, 3, 7, 9, 5, 4, TimeSpan.FromHours(2));

    [Fact]
    public void Without_a_prefix_the_key_is_the_UTC_hour_then_stream_version_time_and_uuid()
    {
        var key = ObjectKeys.For("orders", 3, null, ObjectKeys.InZone(Arrival, null), ".gz");

        Assert.Matches(new Regex(@"^2026/03/07/07/orders-3-2026-03-07-07-05-04-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\.gz$"), key);
    }

    [Fact]
    public void A_custom_prefix_evaluates_timestamp_random_string_and_error_output_type()
    {
        var key = ObjectKeys.For("s", 1, "year=!{timestamp:yyyy}/month=!{timestamp:MM}/!{firehose:random-string}/!{firehose:error-output-type}/",
            ObjectKeys.InZone(Arrival, null), "", "processing-failed");

        Assert.Matches(new Regex(@"^year=2026/month=03/[A-Za-z0-9]{11}/processing-failed/s-1-"), key);
    }

    [Fact]
    public void A_custom_time_zone_moves_the_time_prefix_and_suffix()
    {
        var key = ObjectKeys.For("s", 1, null, ObjectKeys.InZone(Arrival, "Asia/Tokyo"), "");

        Assert.StartsWith("2026/03/07/16/s-1-2026-03-07-16-05-04-", key);
    }

    [Theory]
    [InlineData("yyyy'-'MM'-'dd", "2026-03-07")]
    [InlineData("HH:mm:ss", "07:05:04")]
    [InlineData("yy/M/d", "26/3/7")]
    [InlineData("'literal'yyyy", "literal2026")]
    [InlineData("EEE, MMM", "Sat, Mar")]
    public void Timestamp_patterns_are_Java_DateTimeFormatter_patterns(string pattern, string expected)
    {
        Assert.Equal(expected, JavaDate.Format(Arrival.UtcDateTime, pattern));
    }
}
