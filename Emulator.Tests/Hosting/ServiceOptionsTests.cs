using Emulator.Hosting;
using Emulator.Kinesis;
using Emulator.Sns;
using Emulator.Sqs;

namespace Emulator.Tests.Hosting;

public class ServiceOptionsTests
{
    private static T Read<T>(string service, params (string Key, string Value)[] settings) where T : IServiceOptions<T> =>
        T.Read(new ServiceSettings(Settings.Of(settings), service));

    [Fact]
    public void Kinesis_limits_default_to_AWS_quotas()
    {
        var kinesis = Read<KinesisOptions>("kinesis");
        Assert.Equal(500, kinesis.Limits.ShardLimit);
        Assert.Equal(10, kinesis.Limits.ShardCountUpdatesPerDay);
        Assert.False(kinesis.Limits.EnforceThroughput);
        Assert.Equal(TimeSpan.Zero, kinesis.Limits.StatusDelay);
    }

    [Fact]
    public void Kinesis_settings_are_read_by_their_flag_or_environment_names()
    {
        var kinesis = Read<KinesisOptions>("kinesis", ("kinesis-shard-limit", "7"), ("kinesis_shard_count_updates_per_day", "2"),
            ("kinesis-throughput-limits", "true"), ("kinesis-status-delay-ms", "500"));
        Assert.Equal(7, kinesis.Limits.ShardLimit);
        Assert.Equal(2, kinesis.Limits.ShardCountUpdatesPerDay);
        Assert.True(kinesis.Limits.EnforceThroughput);
        Assert.Equal(TimeSpan.FromMilliseconds(500), kinesis.Limits.StatusDelay);
    }

    [Fact]
    public void Sqs_waits_are_off_by_default_and_read_by_their_flag_environment_or_section_names()
    {
        Assert.False(Read<SqsOptions>("sqs").PurgeLimit);
        Assert.False(Read<SqsOptions>("sqs").DeleteRecentlyWait);
        Assert.True(Read<SqsOptions>("sqs", ("sqs-purge-limit", "true")).PurgeLimit);
        Assert.True(Read<SqsOptions>("sqs", ("sqs_purge_limit", "True")).PurgeLimit);
        Assert.True(Read<SqsOptions>("sqs", ("sqs_delete_recently_wait", "true")).DeleteRecentlyWait);
        Assert.True(Read<SqsOptions>("sqs", ("sqs:purge-limit", "true")).PurgeLimit);
        Assert.True(Read<SqsOptions>("sqs", ("SQS:PURGE_LIMIT", "true")).PurgeLimit);
    }

    [Fact]
    public void Sns_signs_sqs_deliveries_unless_told_not_to()
    {
        Assert.True(Read<SnsOptions>("sns").SignSqsDeliveries);
        Assert.True(Read<SnsOptions>("sns", ("sns-sign-sqs-deliveries", "perhaps")).SignSqsDeliveries);
        Assert.False(Read<SnsOptions>("sns", ("sns-sign-sqs-deliveries", "false")).SignSqsDeliveries);
    }

    [Fact]
    public void A_setting_of_one_service_is_not_read_by_another() =>
        Assert.False(Read<SqsOptions>("sqs", ("sns-purge-limit", "true")).PurgeLimit);

    [Theory]
    [InlineData("kinesis-shard-count-updates-per-day", "0")]
    [InlineData("kinesis-shard-limit", "many")]
    [InlineData("kinesis-status-delay-ms", "-1")]
    public void A_bad_value_stops_start_up_with_the_setting_named(string key, string value) =>
        Assert.Contains(key, Assert.Throws<ArgumentException>(() => Read<KinesisOptions>("kinesis", (key, value))).Message);
}
