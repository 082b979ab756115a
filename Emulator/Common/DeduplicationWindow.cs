namespace Emulator.Common;

/// <summary>FIFO deduplication (SQS queues, SNS topics): a send whose key was seen in the last five minutes is answered with the original's outcome.</summary>
public sealed class DeduplicationWindow<TOutcome>
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    private readonly Dictionary<string, (TOutcome Outcome, long ExpiresTicks)> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, long ExpiresTicks)> _expiry = new();

    public bool TryGet(string key, long nowTicks, out TOutcome outcome)
    {
        Prune(nowTicks);
        if (_seen.TryGetValue(key, out var entry))
        {
            outcome = entry.Outcome;
            return true;
        }
        outcome = default!;
        return false;
    }

    public void Remember(string key, TOutcome outcome, long nowTicks)
    {
        var expires = nowTicks + Interval.Ticks;
        _seen[key] = (outcome, expires);
        _expiry.Enqueue((key, expires));
    }

    public void Clear()
    {
        _seen.Clear();
        _expiry.Clear();
    }

    private void Prune(long nowTicks)
    {
        while (_expiry.TryPeek(out var head) && head.ExpiresTicks <= nowTicks)
        {
            _expiry.Dequeue();
            if (_seen.TryGetValue(head.Key, out var entry) && entry.ExpiresTicks <= nowTicks) _seen.Remove(head.Key);
        }
    }
}
