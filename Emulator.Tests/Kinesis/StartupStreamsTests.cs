using Emulator.Kinesis;

namespace Emulator.Tests.Kinesis;

public class StartupStreamsTests
{
    [Theory]
    [InlineData("orders", "orders", 1, null, "us-east-1")]
    [InlineData("orders:4", "orders", 4, null, "us-east-1")]
    [InlineData("clicks:on-demand@eu-west-1", "clicks", null, "ON_DEMAND", "eu-west-1")]
    [InlineData("logs@ap-south-1", "logs", 1, null, "ap-south-1")]
    public void Specs_name_the_stream_its_capacity_and_region(string spec, string name, int? shards, string? mode, string region)
    {
        var (request, inRegion) = StartupStreams.Parse(spec, "us-east-1");

        Assert.Equal((name, shards, mode, region), (request.StreamName, request.ShardCount, request.StreamModeDetails?.StreamMode, inRegion));
    }

    [Fact]
    public void A_malformed_spec_stops_start_up_with_a_clear_message() =>
        Assert.Contains("name[:shards|:on-demand][@region]", Assert.Throws<ArgumentException>(() => StartupStreams.Parse("orders:many", "us-east-1")).Message);
}
