namespace Emulator.Sqs.Messages;

/// <summary>
/// A doubly linked list threaded through the messages themselves: O(1) append and removal with no node objects.
/// A message can sit in two chains at once, its queue's arrivals and its FIFO group.
/// </summary>
internal sealed class MessageChain(bool groupLinks)
{
    public SqsMessage? First { get; private set; }
    public SqsMessage? Last { get; private set; }
    public int Count { get; private set; }

    public SqsMessage? Next(SqsMessage message) => groupLinks ? message.GroupNext : message.ArrivalNext;

    public void Append(SqsMessage message)
    {
        Previous(message) = Last;
        NextOf(message) = null;
        if (Last is null) First = message;
        else NextOf(Last) = message;
        Last = message;
        Count++;
    }

    public void Remove(SqsMessage message)
    {
        var previous = Previous(message);
        var next = NextOf(message);
        if (previous is null) First = next;
        else NextOf(previous) = next;
        if (next is null) Last = previous;
        else Previous(next) = previous;
        Previous(message) = null;
        NextOf(message) = null;
        Count--;
    }

    public void Clear()
    {
        First = Last = null;
        Count = 0;
    }

    public IEnumerable<SqsMessage> Enumerate()
    {
        for (var message = First; message is not null; message = Next(message)) yield return message;
    }

    private ref SqsMessage? Previous(SqsMessage message)
    {
        if (groupLinks) return ref message.GroupPrevious;
        return ref message.ArrivalPrevious;
    }

    private ref SqsMessage? NextOf(SqsMessage message)
    {
        if (groupLinks) return ref message.GroupNext;
        return ref message.ArrivalNext;
    }
}
