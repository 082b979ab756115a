namespace Emulator.Sqs.Messages;

/// <summary>
/// Long polls parked on an empty queue, oldest first. Whatever makes a message deliverable wakes one of them; a woken
/// receive that leaves without taking what is there passes the wake on (see <see cref="MessageStore"/>). Guarded by
/// the store's lock; continuations run asynchronously, so waking never runs a receive under that lock.
/// </summary>
internal sealed class ReceiveWaiters
{
    private readonly LinkedList<TaskCompletionSource> _parked = new();

    public bool Any => _parked.Count > 0;

    public LinkedListNode<TaskCompletionSource> Park() =>
        _parked.AddLast(new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    /// <summary>Takes a waiter out of the line, unless a wake already did.</summary>
    public void Leave(LinkedListNode<TaskCompletionSource> waiter)
    {
        if (waiter.List is not null) _parked.Remove(waiter);
    }

    public void WakeOne()
    {
        if (_parked.First is not { } first) return;
        _parked.RemoveFirst();
        first.Value.TrySetResult();
    }
}
