using Emulator.Common;

namespace Emulator.Kinesis.Streams;

/// <summary>
/// CREATING → ACTIVE, UPDATING → ACTIVE and DELETING → gone, after the configured delay on the emulator's clock
/// (none by default, so that tests need not wait). Operations that need an ACTIVE stream fail while it is not.
/// </summary>
public sealed class StreamStatusChanges(KinesisLimits limits, TimeProvider clock)
{
    private readonly ScheduledActions _pending = new(clock);

    public void Begin(KinesisStream stream, string transitional) => After(stream, transitional, () => stream.Status = StreamStatus.Active);

    /// <summary>Applies a change that puts the stream in UPDATING for the delay; the change itself is visible at once.</summary>
    public void Update(KinesisStream stream, Action change)
    {
        RequireActive(stream);
        change();
        Begin(stream, StreamStatus.Updating);
    }

    public void Delete(KinesisStream stream, Action remove) => After(stream, StreamStatus.Deleting, remove);

    public static void RequireActive(KinesisStream stream)
    {
        if (stream.Status != StreamStatus.Active)
            throw KinesisErrors.ResourceInUse(
                $"Stream {stream.Name} under account {stream.AccountId} not ACTIVE, instead in state {stream.Status}");
    }

    public void Clear() => _pending.Clear();

    private void After(KinesisStream stream, string transitional, Action done)
    {
        if (limits.StatusDelay <= TimeSpan.Zero)
        {
            done();
            return;
        }
        stream.Status = transitional;
        _pending.After(limits.StatusDelay, done);
    }
}
