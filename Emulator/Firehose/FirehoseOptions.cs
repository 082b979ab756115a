namespace Emulator.Firehose;

/// <summary>Firehose's settings (<c>--firehose-…</c>).</summary>
public sealed class FirehoseOptions : IServiceOptions<FirehoseOptions>
{
    /// <summary>How long delivery streams stay CREATING (and DELETING); AWS takes a minute or more, tests need not wait.</summary>
    public TimeSpan StatusDelay { get; init; }

    /// <summary>
    /// Bytes a delivery stream may hold (its buffer and the batches its destination has not yet taken) before direct puts
    /// are refused and a Kinesis source waits: a failing destination cannot make the emulator grow without end.
    /// </summary>
    public long Backlog { get; init; } = DefaultBacklog;

    public const long DefaultBacklog = 256L << 20;

    public static FirehoseOptions Read(ServiceSettings settings) => new()
    {
        StatusDelay = TimeSpan.FromMilliseconds(settings.NonNegativeInt("status-delay-ms") ?? 0),
        Backlog = settings.Size("backlog") ?? DefaultBacklog,
    };
}
