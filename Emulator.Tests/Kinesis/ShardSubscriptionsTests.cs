using Emulator.Kinesis.Streams;
using Microsoft.Extensions.Time.Testing;

namespace Emulator.Tests.Kinesis;

public class ShardSubscriptionsTests
{
    private const string Consumer = "arn:aws:kinesis:us-east-1:000000000000:stream/s/consumer/c:1";
    private readonly FakeTimeProvider _clock = new();
    private readonly ShardSubscriptions _subscriptions;

    public ShardSubscriptionsTests() => _subscriptions = new ShardSubscriptions(_clock);

    [Fact]
    public void A_second_call_within_five_seconds_is_refused_and_a_later_one_takes_over()
    {
        var first = _subscriptions.TryHold(Consumer, "shardId-000000000000")!;

        _clock.Advance(TimeSpan.FromSeconds(4.9));
        Assert.Null(_subscriptions.TryHold(Consumer, "shardId-000000000000"));
        Assert.NotNull(_subscriptions.TryHold(Consumer, "shardId-000000000001"));
        Assert.False(first.TakenOver.IsCancellationRequested);

        _clock.Advance(TimeSpan.FromSeconds(0.1));
        var second = _subscriptions.TryHold(Consumer, "shardId-000000000000");
        Assert.NotNull(second);
        Assert.True(first.TakenOver.IsCancellationRequested);
        Assert.False(second.TakenOver.IsCancellationRequested);
    }

    [Fact]
    public void Subscriptions_older_than_their_lifetime_are_forgotten()
    {
        var old = _subscriptions.TryHold(Consumer, "shardId-000000000000")!;
        _clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        Assert.NotNull(_subscriptions.TryHold(Consumer, "shardId-000000000001"));
        Assert.NotNull(_subscriptions.TryHold(Consumer, "shardId-000000000000"));
        // Forgotten, not taken over: its stream had already ended at the end of its lifetime.
        Assert.False(old.TakenOver.IsCancellationRequested);
    }

    [Fact]
    public void A_reset_ends_every_subscription_and_forgets_them()
    {
        var held = _subscriptions.TryHold(Consumer, "shardId-000000000000")!;

        _subscriptions.Reset();

        Assert.True(held.TakenOver.IsCancellationRequested);
        Assert.NotNull(_subscriptions.TryHold(Consumer, "shardId-000000000000"));
    }
}
