namespace Emulator.Sqs.Messages;

/// <summary>The messages of one queue. (Being built: see the messaging work.)</summary>
public sealed class MessageStore
{
    public QueueCounts Counts() => default;
}
