using System.Collections.Concurrent;

namespace Emulator.Hosting;

/// <summary>
/// The emulator's time: the machine's clock plus an offset that the admin API moves forward. Timers are measured on
/// this clock, so advancing it fires every timer that has become due (and with them Task.Delay and timeouts).
/// </summary>
public sealed class EmulatorClock : TimeProvider
{
    private static readonly TimeSpan MaxDue = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    // Only armed timers: Advance must re-arm them, and fired or disarmed ones must not be kept alive.
    private readonly ConcurrentDictionary<ClockTimer, byte> _armed = new();
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public override long TimestampFrequency => System.TimestampFrequency;

    public override long GetTimestamp() =>
        System.GetTimestamp() + (long)((Int128)Offset.Ticks * TimestampFrequency / TimeSpan.TicksPerSecond);

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _offsetTicks, by.Ticks);
        foreach (var timer in _armed.Keys) timer.Rearm();
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new ClockTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private static void Validate(TimeSpan value, string name)
    {
        if (value < Timeout.InfiniteTimeSpan || value > MaxDue) throw new ArgumentOutOfRangeException(name);
    }

    private sealed class ClockTimer : ITimer
    {
        private readonly EmulatorClock _clock;
        private readonly TimerCallback _callback;
        private readonly object? _state;
        private readonly object _gate = new();
        private readonly Timer _timer;
        private DateTimeOffset? _due;
        private TimeSpan _period;
        private bool _disposed;

        public ClockTimer(EmulatorClock clock, TimerCallback callback, object? state)
        {
            _clock = clock;
            _callback = callback;
            _state = state;
            _timer = new Timer(static self => ((ClockTimer)self!).Fire(), this, Timeout.Infinite, Timeout.Infinite);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            Validate(dueTime, nameof(dueTime));
            Validate(period, nameof(period));
            lock (_gate)
            {
                if (_disposed) return false;
                // Join the armed set before reading the clock, so a concurrent Advance cannot slip past unseen.
                if (dueTime != Timeout.InfiniteTimeSpan) _clock._armed.TryAdd(this, 0);
                _due = dueTime == Timeout.InfiniteTimeSpan ? null : _clock.GetUtcNow() + dueTime;
                _period = period;
                Arm();
                return true;
            }
        }

        public void Rearm()
        {
            lock (_gate) Arm();
        }

        // Caller holds _gate. Points the real timer at the due instant as the clock now stands.
        private void Arm()
        {
            if (_disposed) return;
            if (_due is not { } due)
            {
                _clock._armed.TryRemove(this, out _);
                _timer.Change(Timeout.Infinite, Timeout.Infinite);
                return;
            }
            // Round up: a wait rounded down to 0 ms would make Fire spin until the clock reaches due.
            var wait = Math.Ceiling((due - _clock.GetUtcNow()).TotalMilliseconds);
            _timer.Change((long)Math.Max(0, wait), Timeout.Infinite);
        }

        private void Fire()
        {
            lock (_gate)
            {
                if (_disposed || _due is not { } due) return;
                var now = _clock.GetUtcNow();
                if (due > now)
                {
                    Arm(); // the real timer ran ahead of this clock's reading
                    return;
                }
                // A zero or infinite period means one-shot. After a jump past several periods, fire once and
                // resume the period from now rather than in a burst.
                _due = _period <= TimeSpan.Zero ? null : due + _period > now ? due + _period : now + _period;
                Arm();
            }
            _callback(_state);
        }

        public void Dispose()
        {
            if (MarkDisposed()) _timer.Dispose();
        }

        public ValueTask DisposeAsync() => MarkDisposed() ? _timer.DisposeAsync() : ValueTask.CompletedTask;

        private bool MarkDisposed()
        {
            lock (_gate)
            {
                if (_disposed) return false;
                _disposed = true;
                _due = null;
                _clock._armed.TryRemove(this, out _);
                return true;
            }
        }
    }
}
