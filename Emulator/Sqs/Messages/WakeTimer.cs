namespace Emulator.Sqs.Messages;

/// <summary>
/// One timer per queue, armed for the earliest timed change (a delay or visibility timeout ending) while receives are
/// waiting, so that they wake the moment a message becomes visible. Never armed under the store's lock: a fake clock
/// may fire a due timer inside <see cref="ITimer.Change"/>.
/// </summary>
internal sealed class WakeTimer(TimeProvider clock, Action onDue) : IDisposable
{
    private readonly object _gate = new();
    private ITimer? _timer;
    private long _armedTicks = long.MaxValue;

    /// <summary>Makes sure the timer fires no later than <paramref name="dueTicks"/>.</summary>
    public void ArmFor(long dueTicks)
    {
        if (dueTicks >= Volatile.Read(ref _armedTicks)) return;
        lock (_gate)
        {
            if (dueTicks >= _armedTicks) return;
            _armedTicks = dueTicks;
            _timer ??= clock.CreateTimer(static self => ((WakeTimer)self!).Fire(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            var wait = TimeSpan.FromTicks(Math.Max(0, dueTicks - clock.GetUtcNow().UtcTicks));
            _timer.Change(wait, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
            _armedTicks = long.MaxValue;
        }
    }

    private void Fire()
    {
        lock (_gate) _armedTicks = long.MaxValue;
        onDue();
    }
}
