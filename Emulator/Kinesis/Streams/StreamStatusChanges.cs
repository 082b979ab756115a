using Emulator.Hosting;
using Emulator.Common;

namespace Emulator.Kinesis.Streams;

/// <summary>
/// CREATING → ACTIVE, UPDATING → ACTIVE and DELETING → gone, for streams and for registered consumers, after the
/// configured delay on the emulator's clock (none by default, so that tests need not wait). Operations that need an
/// ACTIVE stream or consumer fail while it is not.
/// </summary>
public sealed class StreamStatusChanges(KinesisLimits limits, TimeProvider clock) : IServiceState
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

    /// <summary>Adds a consumer to the stream, CREATING for the delay; the caller holds the stream's lock.</summary>
    public void Register(KinesisStream stream, StreamConsumer consumer)
    {
        var creating = limits.StatusDelay > TimeSpan.Zero;
        stream.Consumers = stream.Consumers.Add(consumer.Name, consumer with { Status = creating ? StreamStatus.Creating : StreamStatus.Active });
        if (creating) _pending.After(limits.StatusDelay, () => ChangeConsumer(stream, consumer.Arn, c => c with { Status = StreamStatus.Active }));
    }

    /// <summary>Removes a consumer from the stream, after it has been DELETING for the delay.</summary>
    public void Deregister(KinesisStream stream, StreamConsumer consumer)
    {
        if (limits.StatusDelay <= TimeSpan.Zero)
        {
            ChangeConsumer(stream, consumer.Arn, _ => null);
            return;
        }
        ChangeConsumer(stream, consumer.Arn, c => c with { Status = StreamStatus.Deleting });
        _pending.After(limits.StatusDelay, () => ChangeConsumer(stream, consumer.Arn, _ => null));
    }

    public static void RequireActive(StreamConsumer consumer)
    {
        if (consumer.Status != StreamStatus.Active)
            throw KinesisErrors.ResourceInUse($"Consumer {consumer.Arn} is not ACTIVE, instead in state {consumer.Status}.");
    }

    public void Reset() => _pending.Clear();

    /// <summary>Replaces the consumer registered under <paramref name="arn"/>, or removes it when the change gives null.</summary>
    private static void ChangeConsumer(KinesisStream stream, string arn, Func<StreamConsumer, StreamConsumer?> change)
    {
        lock (stream.SyncRoot)
        {
            var current = stream.Consumers.Values.FirstOrDefault(c => c.Arn == arn);
            if (current is null) return;
            stream.Consumers = change(current) is { } changed
                ? stream.Consumers.SetItem(current.Name, changed)
                : stream.Consumers.Remove(current.Name);
        }
    }

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
