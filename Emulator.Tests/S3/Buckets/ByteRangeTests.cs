using Emulator.Protocol.Errors;
using Emulator.S3.Buckets;

namespace Emulator.Tests.S3.Buckets;

/// <summary>Byte ranges as RFC 9110 defines them and S3 serves them.</summary>
public class ByteRangeTests
{
    [Theory]
    [InlineData("bytes=0-4", 0, 5, "bytes 0-4/10")]
    [InlineData("bytes=5-", 5, 5, "bytes 5-9/10")]
    [InlineData("bytes=-3", 7, 3, "bytes 7-9/10")]
    [InlineData("bytes=-30", 0, 10, "bytes 0-9/10")]
    [InlineData("bytes=8-100", 8, 2, "bytes 8-9/10")]
    public void A_range_resolves_against_the_size(string header, long start, long length, string contentRange)
    {
        var range = ByteRange.Resolve(header, 10)!.Value;

        Assert.Equal((start, length, contentRange), (range.Start, range.Length, range.ContentRange));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("items=0-4")]
    [InlineData("bytes=0-1,3-4")]
    [InlineData("bytes=5-2")]
    [InlineData("bytes=x-")]
    public void A_header_that_cannot_be_read_means_the_whole_object(string? header)
    {
        Assert.Null(ByteRange.Resolve(header, 10));
    }

    [Theory]
    [InlineData("bytes=10-")]
    [InlineData("bytes=10-20")]
    public void A_range_past_the_end_is_InvalidRange(string header)
    {
        Assert.Equal(416, Assert.Throws<AwsError>(() => ByteRange.Resolve(header, 10)).Status);
    }
}
