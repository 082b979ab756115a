namespace Emulator.Kinesis.Streams;

/// <summary>
/// CREATING → ACTIVE, UPDATING → ACTIVE and DELETING → gone, for streams and for registered consumers, after the
/// configured delay on the emulator's clock (none by default, so that tests need not wait). Operations that need an
/// ACTIVE stream or consumer fail while it is not.
/// </summary>
public sealed class StreamStatusChanges(KinesisLimits limits, TimeProvider clock) : IServiceState
{
    private readonly ScheduledActions _pending = new(clock);

    private bool Delayed => limits.StatusDelay > TimeSpan.Zero;

    /// <summary>The status a new stream or consumer starts in: CREATING for the delay, or ACTIVE at once.</summary>
    public string Initial => Delayed ? StreamStatus.Creating : StreamStatus.Active;

    /// <summary>Makes a stream created in <see cref="Initial"/> ACTIVE after the delay.</summary>
    public void Created(KinesisStream stream)
    {
        if (Delayed) _pending.After(limits.StatusDelay, stream.Activate);
    }

    /// <summary>
    /// Applies a change of the stream, given the status it leaves the stream in: UPDATING for the delay, or ACTIVE. The
    /// change itself is visible at once.
    /// </summary>
    public T Update<T>(KinesisStream stream, Func<string, T> change)
    {
        var result = change(Delayed ? StreamStatus.Updating : StreamStatus.Active);
        if (Delayed) _pending.After(limits.StatusDelay, stream.Activate);
        return result;
    }

    public void Update(KinesisStream stream, Action<string> change) => Update(stream, statusAfter =>
    {
        change(statusAfter);
        return true;
    });

    public void Delete(KinesisStream stream, Action remove)
    {
        if (!Delayed)
        {
            remove();
            return;
        }
        stream.MarkDeleting();
        _pending.After(limits.StatusDelay, remove);
    }

    /// <summary>Makes a consumer registered in <see cref="Initial"/> ACTIVE after the delay.</summary>
    public void Registered(KinesisStream stream, StreamConsumer consumer)
    {
        if (Delayed) _pending.After(limits.StatusDelay, () => stream.ChangeConsumer(consumer, c => c with { Status = StreamStatus.Active }));
    }

    /// <summary>Removes a consumer from the stream, after it has been DELETING for the delay.</summary>
    public void Deregister(KinesisStream stream, StreamConsumer consumer)
    {
        if (!Delayed)
        {
            stream.ChangeConsumer(consumer, _ => null);
            return;
        }
        stream.ChangeConsumer(consumer, c => c with { Status = StreamStatus.Deleting });
        _pending.After(limits.StatusDelay, () => stream.ChangeConsumer(consumer, _ => null));
    }

    public static void RequireActive(StreamConsumer consumer)
    {
        if (consumer.Status != StreamStatus.Active)
            throw KinesisErrors.ResourceInUse($"Consumer {consumer.Arn} is not ACTIVE, instead in state {consumer.Status}.");
    }

    public void Reset() => _pending.Clear();
}
