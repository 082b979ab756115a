namespace Emulator.Firehose;

/// <summary>Firehose's settings (<c>--firehose-…</c>).</summary>
public sealed class FirehoseOptions : IServiceOptions<FirehoseOptions>
{
    /// <summary>How long delivery streams stay CREATING (and DELETING); AWS takes a minute or more, tests need not wait.</summary>
    public TimeSpan StatusDelay { get; init; }

    public static FirehoseOptions Read(ServiceSettings settings) =>
        new() { StatusDelay = TimeSpan.FromMilliseconds(settings.NonNegativeInt("status-delay-ms") ?? 0) };
}
