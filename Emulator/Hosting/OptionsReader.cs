namespace Emulator.Hosting;

/// <summary>Reads <see cref="EmulatorOptions"/> from configuration by name, without reflection-based binding.</summary>
internal static class OptionsReader
{
    public static EmulatorOptions Read(IConfiguration configuration)
    {
        var options = new EmulatorOptions();
        if (configuration["port"] is { } port)
            options.Port = int.TryParse(port, out var p) && p is > 0 and < 65536
                ? p : throw new ArgumentException($"Port must be a number from 1 to 65535, not '{port}'.");
        options.Bind = configuration["bind"] ?? options.Bind;
        options.Region = configuration["region"] ?? options.Region;
        options.PublicUrl = configuration["public-url"] ?? configuration["public_url"] ?? options.PublicUrl;
        options.LogLevel = configuration["log-level"] ?? configuration["log_level"] ?? options.LogLevel;
        if ((configuration["sqs-delete-recently-wait"] ?? configuration["sqs_delete_recently_wait"]) is { } wait)
            options.SqsDeleteRecentlyWait = bool.TryParse(wait, out var w) && w;
        if ((configuration["sqs-purge-limit"] ?? configuration["sqs_purge_limit"]) is { } purge)
            options.SqsPurgeLimit = bool.TryParse(purge, out var l) && l;
        if ((configuration["sns-sign-sqs-deliveries"] ?? configuration["sns_sign_sqs_deliveries"]) is { } sign)
            options.SnsSignSqsDeliveries = !bool.TryParse(sign, out var s) || s;
        options.KinesisStreams = configuration["kinesis-streams"] ?? configuration["kinesis_streams"];
        options.Kinesis = new Kinesis.KinesisLimits
        {
            ShardLimit = PositiveInt(configuration["kinesis-shard-limit"] ?? configuration["kinesis_shard_limit"], "kinesis-shard-limit") ?? options.Kinesis.ShardLimit,
            ShardCountUpdatesPerDay = PositiveInt(configuration["kinesis-shard-count-updates-per-day"] ?? configuration["kinesis_shard_count_updates_per_day"],
                "kinesis-shard-count-updates-per-day") ?? options.Kinesis.ShardCountUpdatesPerDay,
            EnforceThroughput = bool.TryParse(configuration["kinesis-throughput-limits"] ?? configuration["kinesis_throughput_limits"], out var enforce) && enforce,
            StatusDelay = TimeSpan.FromMilliseconds(
                NonNegativeInt(configuration["kinesis-status-delay-ms"] ?? configuration["kinesis_status_delay_ms"], "kinesis-status-delay-ms") ?? 0),
        };
        return options;
    }

    private static int? PositiveInt(string? text, string name) =>
        text is null ? null : int.TryParse(text, out var value) && value > 0 ? value : throw new ArgumentException($"{name} must be a positive number, not '{text}'.");

    private static int? NonNegativeInt(string? text, string name) =>
        text is null ? null : int.TryParse(text, out var value) && value >= 0 ? value : throw new ArgumentException($"{name} must be a number of 0 or more, not '{text}'.");
}
