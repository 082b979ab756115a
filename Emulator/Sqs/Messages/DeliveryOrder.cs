namespace Emulator.Sqs.Messages;

/// <summary>
/// Which visible messages a receive gets next: arrival-of-visibility order for standard queues, whole message groups
/// in turn for FIFO queues. Told of every state change by the store, under the store's lock. The methods that return
/// bool say whether something may have become deliverable, so that the store can wake a waiting receive.
/// </summary>
internal abstract class DeliveryOrder
{
    public static DeliveryOrder For(bool fifo) => fifo ? new FifoOrder() : new StandardOrder();

    /// <summary>A message entered the queue (delayed or about to become visible).</summary>
    public virtual void Arrived(SqsMessage message)
    {
    }

    public abstract bool BecameVisible(SqsMessage message);

    public virtual void Delivered(SqsMessage message)
    {
    }

    /// <summary>An in-flight message's visibility timeout ended.</summary>
    public virtual bool Released(SqsMessage message) => BecameVisible(message);

    public virtual bool Removed(SqsMessage message, MessageState previousState) => false;

    /// <summary>Adds deliverable messages in order, at most up to <paramref name="max"/> in the list.</summary>
    public abstract void Next(int max, List<SqsMessage> into);

    /// <summary>False only when nothing can be deliverable; true may be stale.</summary>
    public abstract bool MayHaveDeliverable { get; }

    public abstract void Clear();
}

/// <summary>Standard queues: messages in the order they became visible, superseded entries skipped as they surface.</summary>
internal sealed class StandardOrder : DeliveryOrder
{
    private const int CompactionSlack = 1024;
    private Queue<(SqsMessage Message, int Version)> _ready = new();
    private int _live;

    public override bool BecameVisible(SqsMessage message)
    {
        _ready.Enqueue((message, message.Version));
        _live++;
        return true;
    }

    public override void Delivered(SqsMessage message) => _live--;

    public override bool Removed(SqsMessage message, MessageState previousState)
    {
        if (previousState != MessageState.Visible) return false;
        _live--;
        // Messages that go while visible (retention, a delete with the last handle) leave entries behind: drop them
        // once they outnumber the live ones, so memory follows the queue's depth.
        if (_ready.Count > 2 * _live + CompactionSlack)
            _ready = new Queue<(SqsMessage, int)>(_ready.Where(IsCurrent));
        return false;
    }

    public override void Next(int max, List<SqsMessage> into)
    {
        while (into.Count < max && _ready.TryDequeue(out var entry))
        {
            if (IsCurrent(entry)) into.Add(entry.Message);
        }
    }

    public override bool MayHaveDeliverable => _live > 0;

    public override void Clear()
    {
        _ready.Clear();
        _live = 0;
    }

    private static bool IsCurrent((SqsMessage Message, int Version) entry) =>
        entry.Message.State == MessageState.Visible && entry.Version == entry.Message.Version;
}

/// <summary>
/// FIFO queues: messages in order within their group; a group delivers its visible messages up to the first one in
/// flight, and ready groups take turns. A receive takes as many messages of one group as it can.
/// </summary>
internal sealed class FifoOrder : DeliveryOrder
{
    private readonly Dictionary<string, FifoGroup> _groups = new(StringComparer.Ordinal);
    private readonly Queue<FifoGroup> _ready = new();

    public override void Arrived(SqsMessage message)
    {
        if (!_groups.TryGetValue(message.GroupId!, out var group)) _groups[message.GroupId!] = group = new FifoGroup();
        group.Messages.Append(message);
    }

    public override bool BecameVisible(SqsMessage message) => Enqueue(_groups[message.GroupId!]);

    public override bool Removed(SqsMessage message, MessageState previousState)
    {
        var group = _groups[message.GroupId!];
        group.Messages.Remove(message);
        if (group.Messages.Count > 0) return Enqueue(group);
        _groups.Remove(message.GroupId!);
        return false;
    }

    public override void Next(int max, List<SqsMessage> into)
    {
        while (into.Count < max && _ready.TryDequeue(out var group))
        {
            group.Queued = false;
            if (!group.Deliverable) continue;
            for (var message = group.Messages.First; message is { State: MessageState.Visible } && into.Count < max;
                 message = group.Messages.Next(message))
                into.Add(message);
        }
    }

    public override bool MayHaveDeliverable => _ready.Count > 0;

    public override void Clear()
    {
        _groups.Clear();
        _ready.Clear();
    }

    private bool Enqueue(FifoGroup group)
    {
        if (group.Queued || !group.Deliverable) return false;
        group.Queued = true;
        _ready.Enqueue(group);
        return true;
    }
}
