namespace Emulator.Kinesis;

/// <summary>Kinesis's settings (<c>--kinesis-…</c>): account limits, the timing of status changes, and streams to create at start-up.</summary>
public sealed class KinesisOptions : IServiceOptions<KinesisOptions>
{
    public KinesisLimits Limits { get; init; } = new();

    /// <summary>Streams to create at start-up: <c>name[:shards|:on-demand][@region]</c>, comma-separated.</summary>
    public string? Streams { get; init; }

    public static KinesisOptions Read(ServiceSettings settings)
    {
        var defaults = new KinesisLimits();
        return new KinesisOptions
        {
            Streams = settings["streams"],
            Limits = new KinesisLimits
            {
                ShardLimit = settings.PositiveInt("shard-limit") ?? defaults.ShardLimit,
                ShardCountUpdatesPerDay = settings.PositiveInt("shard-count-updates-per-day") ?? defaults.ShardCountUpdatesPerDay,
                EnforceThroughput = settings.Flag("throughput-limits", false),
                StatusDelay = TimeSpan.FromMilliseconds(settings.NonNegativeInt("status-delay-ms") ?? 0),
            },
        };
    }
}
