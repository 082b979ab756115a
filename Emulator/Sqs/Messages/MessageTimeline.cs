namespace Emulator.Sqs.Messages;

/// <summary>
/// When delayed messages become visible and in-flight messages come back: one heap keyed by due time. Rescheduling
/// leaves the old entry behind, recognised by its stale version and skipped; the heap is rebuilt when such entries
/// outnumber the live ones.
/// </summary>
internal sealed class MessageTimeline
{
    private const int CompactionSlack = 1024;
    private PriorityQueue<(SqsMessage Message, int Version), long> _due = new();

    public void Schedule(SqsMessage message, long dueTicks, long liveEntries)
    {
        message.VisibleAtTicks = dueTicks;
        message.Version++;
        _due.Enqueue((message, message.Version), dueTicks);
        if (_due.Count > 2 * liveEntries + CompactionSlack)
            _due = new PriorityQueue<(SqsMessage, int), long>(_due.UnorderedItems.Where(e => IsCurrent(e.Element)));
    }

    /// <summary>The next message whose time has come, if any.</summary>
    public bool TryTakeDue(long nowTicks, out SqsMessage message)
    {
        while (_due.TryPeek(out var entry, out var due) && due <= nowTicks)
        {
            _due.Dequeue();
            if (!IsCurrent(entry)) continue;
            message = entry.Message;
            return true;
        }
        message = null!;
        return false;
    }

    /// <summary>When the earliest entry falls due (it may turn out to be superseded), or null.</summary>
    public long? NextDueTicks => _due.TryPeek(out _, out var due) ? due : null;

    public void Clear() => _due.Clear();

    private static bool IsCurrent((SqsMessage Message, int Version) entry) =>
        entry.Version == entry.Message.Version && entry.Message.State is MessageState.Delayed or MessageState.InFlight;
}
