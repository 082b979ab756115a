using Emulator.Hosting;
using Microsoft.Extensions.Configuration;

namespace Emulator.Tests.Hosting;

public class OptionsReaderTests
{
    private static EmulatorOptions Read(params (string Key, string Value)[] settings) =>
        OptionsReader.Read(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build());

    [Fact]
    public void The_emulator_listens_on_loopback_unless_told_otherwise()
    {
        Assert.Equal("127.0.0.1", Read().Bind);
        Assert.Equal("0.0.0.0", Read(("bind", "0.0.0.0")).Bind);
    }

    [Fact]
    public void Kinesis_limits_default_to_AWS_quotas()
    {
        var limits = Read().Kinesis;
        Assert.Equal(500, limits.ShardLimit);
        Assert.Equal(10, limits.ShardCountUpdatesPerDay);
        Assert.False(limits.EnforceThroughput);
        Assert.Equal(TimeSpan.Zero, limits.StatusDelay);
    }

    [Fact]
    public void Kinesis_limits_are_read_by_their_option_or_environment_names()
    {
        var limits = Read(("kinesis-shard-limit", "7"), ("kinesis_shard_count_updates_per_day", "2"), ("kinesis-throughput-limits", "true"),
            ("kinesis-status-delay-ms", "500")).Kinesis;
        Assert.Equal(7, limits.ShardLimit);
        Assert.Equal(2, limits.ShardCountUpdatesPerDay);
        Assert.True(limits.EnforceThroughput);
        Assert.Equal(TimeSpan.FromMilliseconds(500), limits.StatusDelay);
    }

    [Fact]
    public void Sqs_waits_are_off_by_default_and_read_by_their_option_or_environment_names()
    {
        Assert.False(Read().SqsPurgeLimit);
        Assert.False(Read().SqsDeleteRecentlyWait);
        Assert.True(Read(("sqs-purge-limit", "true")).SqsPurgeLimit);
        Assert.True(Read(("sqs_purge_limit", "True")).SqsPurgeLimit);
        Assert.True(Read(("sqs_delete_recently_wait", "true")).SqsDeleteRecentlyWait);
    }

    [Theory]
    [InlineData("kinesis-shard-count-updates-per-day", "0")]
    [InlineData("kinesis-shard-limit", "many")]
    [InlineData("kinesis-status-delay-ms", "-1")]
    [InlineData("port", "70000")]
    public void A_bad_value_stops_start_up_with_the_option_named(string key, string value) =>
        Assert.Contains(key.Split('-')[0], Assert.Throws<ArgumentException>(() => Read((key, value))).Message, StringComparison.OrdinalIgnoreCase);
}
