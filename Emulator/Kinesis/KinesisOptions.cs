namespace Emulator.Kinesis;

/// <summary>
/// Kinesis's settings (<c>--kinesis-…</c>): account limits and the timing of status changes. <c>--kinesis-streams</c>
/// is read as declared resources (<see cref="Hosting.Declarations.DeclarationFile.FromKinesisStreams"/>).
/// </summary>
public sealed class KinesisOptions : IServiceOptions<KinesisOptions>
{
    public KinesisLimits Limits { get; init; } = new();

    public static KinesisOptions Read(ServiceSettings settings)
    {
        var defaults = new KinesisLimits();
        return new KinesisOptions
        {
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
