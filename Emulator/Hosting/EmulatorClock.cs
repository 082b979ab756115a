using System.Collections.Concurrent;

namespace Emulator.Hosting;

/// <summary>
/// The emulator's time: the machine's clock plus an offset that the admin API moves forward. Timers are measured on
/// this clock, so advancing it fires every timer that has become due (and with them Task.Delay and timeouts).
/// </summary>
public sealed class EmulatorClock : TimeProvider
{
    private readonly ConcurrentDictionary<ClockTimer, byte> _timers = new();
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public override long GetTimestamp() =>
        System.GetTimestamp() + (long)(Offset.Ticks * (System.TimestampFrequency / (double)TimeSpan.TicksPerSecond));

    public override long TimestampFrequency => System.TimestampFrequency;

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _offsetTicks, by.Ticks);
        foreach (var timer in _timers.Keys) timer.Rearm();
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ClockTimer(this, callback, state);
        _timers.TryAdd(timer, 0);
        timer.Change(dueTime, period);
        return timer;
    }

    private sealed class ClockTimer : ITimer
    {
        private readonly EmulatorClock _clock;
        private readonly TimerCallback _callback;
        private readonly object? _state;
        private readonly Timer _timer;
        private readonly object _gate = new();
        private DateTimeOffset? _due;
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public ClockTimer(EmulatorClock clock, TimerCallback callback, object? state)
        {
            _clock = clock;
            _callback = callback;
            _state = state;
            _timer = new Timer(static self => ((ClockTimer)self!).Fire(), this, Timeout.Infinite, Timeout.Infinite);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (_gate)
            {
                _due = dueTime == Timeout.InfiniteTimeSpan ? null : _clock.GetUtcNow() + dueTime;
                _period = period;
                Arm();
            }
            return true;
        }

        public void Rearm()
        {
            lock (_gate) Arm();
        }

        private void Arm()
        {
            if (_due is not { } due)
            {
                _timer.Change(Timeout.Infinite, Timeout.Infinite);
                return;
            }
            var wait = due - _clock.GetUtcNow();
            _timer.Change(wait < TimeSpan.Zero ? TimeSpan.Zero : wait, Timeout.InfiniteTimeSpan);
        }

        private void Fire()
        {
            lock (_gate)
            {
                if (_due is not { } due) return;
                if (due > _clock.GetUtcNow())
                {
                    Arm();
                    return;
                }
                _due = _period == Timeout.InfiniteTimeSpan || _period <= TimeSpan.Zero ? null : due + _period;
                Arm();
            }
            _callback(_state);
        }

        public void Dispose()
        {
            lock (_gate) _due = null;
            _timer.Dispose();
            _clock._timers.TryRemove(this, out _);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
