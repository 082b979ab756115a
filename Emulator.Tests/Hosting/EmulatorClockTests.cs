using Emulator.Hosting;

namespace Emulator.Tests.Hosting;

public class EmulatorClockTests
{
    private static readonly TimeSpan FiresWithin = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan QuietFor = TimeSpan.FromMilliseconds(200);

    private readonly EmulatorClock _clock = new();
    private readonly SemaphoreSlim _fired = new(0);

    private ITimer CreateTimer(TimeSpan dueTime, TimeSpan period) =>
        _clock.CreateTimer(_ => _fired.Release(), null, dueTime, period);

    [Fact]
    public void Now_and_timestamp_move_by_the_offset()
    {
        var before = _clock.GetUtcNow();
        var started = _clock.GetTimestamp();

        _clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(TimeSpan.FromHours(1), _clock.Offset);
        var moved = _clock.GetUtcNow() - before;
        Assert.InRange(moved, TimeSpan.FromHours(1), TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        var elapsed = _clock.GetElapsedTime(started);
        Assert.InRange(elapsed, TimeSpan.FromHours(1), TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void Advance_rejects_negative_durations()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _clock.Advance(TimeSpan.FromTicks(-1)));
        Assert.Equal(TimeSpan.Zero, _clock.Offset);
    }

    [Fact]
    public async Task Task_delay_completes_once_the_clock_is_advanced_past_it()
    {
        var delay = Task.Delay(TimeSpan.FromHours(1), _clock);
        Assert.False(delay.IsCompleted);

        _clock.Advance(TimeSpan.FromHours(1));

        await delay.WaitAsync(FiresWithin);
    }

    [Fact]
    public async Task Cancellation_timeout_honours_advance()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(5), _clock);

        _clock.Advance(TimeSpan.FromMinutes(5));

        await Task.Delay(Timeout.InfiniteTimeSpan, cts.Token).ContinueWith(_ => { }).WaitAsync(FiresWithin);
        Assert.True(cts.IsCancellationRequested);
    }

    [Fact]
    public async Task Timer_not_yet_due_waits_for_the_rest_of_its_time()
    {
        using var timer = CreateTimer(TimeSpan.FromHours(1), Timeout.InfiniteTimeSpan);

        _clock.Advance(TimeSpan.FromMinutes(59));
        Assert.False(await _fired.WaitAsync(QuietFor));

        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await _fired.WaitAsync(FiresWithin));
    }

    [Fact]
    public async Task Timer_due_by_real_time_fires_without_an_advance()
    {
        using var timer = CreateTimer(TimeSpan.FromMilliseconds(50), Timeout.InfiniteTimeSpan);

        Assert.True(await _fired.WaitAsync(FiresWithin));
    }

    [Fact]
    public async Task Change_to_infinite_stops_a_timer()
    {
        using var timer = CreateTimer(TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan);

        Assert.True(timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan));
        _clock.Advance(TimeSpan.FromHours(1));

        Assert.False(await _fired.WaitAsync(QuietFor));
    }

    [Fact]
    public async Task Dispose_stops_a_timer_and_later_changes_fail()
    {
        var timer = CreateTimer(TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan);

        await timer.DisposeAsync();
        _clock.Advance(TimeSpan.FromHours(1));

        Assert.False(await _fired.WaitAsync(QuietFor));
        Assert.False(timer.Change(TimeSpan.Zero, Timeout.InfiniteTimeSpan));
        timer.Dispose();
    }

    [Fact]
    public async Task Periodic_timer_fires_again_after_another_period_of_clock_time()
    {
        using var timer = CreateTimer(TimeSpan.FromHours(1), TimeSpan.FromHours(1));

        _clock.Advance(TimeSpan.FromHours(1));
        Assert.True(await _fired.WaitAsync(FiresWithin));

        _clock.Advance(TimeSpan.FromMinutes(30));
        Assert.False(await _fired.WaitAsync(QuietFor));

        _clock.Advance(TimeSpan.FromMinutes(30));
        Assert.True(await _fired.WaitAsync(FiresWithin));
    }

    [Fact]
    public async Task Jumping_over_many_periods_fires_once_rather_than_in_a_burst()
    {
        using var timer = CreateTimer(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));

        _clock.Advance(TimeSpan.FromDays(1));

        Assert.True(await _fired.WaitAsync(FiresWithin));
        Assert.False(await _fired.WaitAsync(QuietFor));
    }

    [Fact]
    public void Timer_rejects_out_of_range_times_like_system_timers()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CreateTimer(TimeSpan.FromMilliseconds(-2), Timeout.InfiniteTimeSpan));
        Assert.Throws<ArgumentOutOfRangeException>(() => CreateTimer(TimeSpan.FromDays(50), Timeout.InfiniteTimeSpan));
    }
}
