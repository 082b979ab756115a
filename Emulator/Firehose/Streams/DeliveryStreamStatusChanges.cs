namespace Emulator.Firehose.Streams;

/// <summary>CREATING → ACTIVE and DELETING → gone after the configured delay on the emulator's clock (none by default).</summary>
public sealed class DeliveryStreamStatusChanges(FirehoseOptions options, TimeProvider clock) : IServiceState
{
    private readonly ScheduledActions _pending = new(clock);

    private bool Delayed => options.StatusDelay > TimeSpan.Zero;

    public string Initial => Delayed ? "CREATING" : "ACTIVE";

    public void Created(DeliveryStream stream)
    {
        if (Delayed) _pending.After(options.StatusDelay, stream.Activate);
    }

    public void Delete(DeliveryStream stream, Action remove)
    {
        if (!Delayed)
        {
            remove();
            return;
        }
        stream.MarkDeleting();
        _pending.After(options.StatusDelay, remove);
    }

    public void Reset() => _pending.Clear();
}
