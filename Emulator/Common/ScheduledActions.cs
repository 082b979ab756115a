using System.Collections.Concurrent;

namespace Emulator.Common;

/// <summary>
/// Actions run once after a delay on the emulator's clock (so that moving the clock forward runs them early). Each
/// pending timer is held here until it fires, since an unreferenced timer may be collected before it does.
/// </summary>
public sealed class ScheduledActions(TimeProvider clock)
{
    private readonly ConcurrentDictionary<ITimer, Action> _pending = new();

    public void After(TimeSpan delay, Action action)
    {
        ITimer? timer = null;
        // Created stopped and started once stored, so that it cannot fire before it can be found.
        timer = clock.CreateTimer(_ =>
        {
            if (timer is null || !_pending.TryRemove(timer, out var due)) return;
            timer.Dispose();
            due();
        }, null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _pending[timer] = action;
        timer.Change(delay, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Forgets every action still waiting; answers how many there were.</summary>
    public int Clear()
    {
        var cleared = 0;
        foreach (var timer in _pending.Keys)
        {
            if (!_pending.TryRemove(timer, out _)) continue;
            timer.Dispose();
            cleared++;
        }
        return cleared;
    }
}
