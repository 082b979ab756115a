namespace Emulator.Sqs.Messages;

/// <summary>A queue's live messages, oldest first, linked through the messages themselves.</summary>
internal sealed class ArrivalList
{
    public SqsMessage? Oldest { get; private set; }
    private SqsMessage? _newest;

    public void Add(SqsMessage message)
    {
        message.OlderArrival = _newest;
        message.NewerArrival = null;
        if (_newest is null) Oldest = message;
        else _newest.NewerArrival = message;
        _newest = message;
    }

    public void Remove(SqsMessage message)
    {
        if (message.OlderArrival is null) Oldest = message.NewerArrival;
        else message.OlderArrival.NewerArrival = message.NewerArrival;
        if (message.NewerArrival is null) _newest = message.OlderArrival;
        else message.NewerArrival.OlderArrival = message.OlderArrival;
        message.OlderArrival = message.NewerArrival = null;
    }

    public void Clear() => Oldest = _newest = null;

    public IEnumerable<SqsMessage> OldestFirst()
    {
        for (var message = Oldest; message is not null; message = message.NewerArrival) yield return message;
    }
}
