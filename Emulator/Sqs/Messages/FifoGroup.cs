namespace Emulator.Sqs.Messages;

/// <summary>The messages of one FIFO message group, in order. The group is held while any of them is in flight.</summary>
internal sealed class FifoGroup(string id)
{
    public string Id { get; } = id;
    public LinkedList<SqsMessage> Messages { get; } = new();
    public int InFlight { get; set; }

    /// <summary>Whether the group currently sits in the store's queue of groups ready to deliver.</summary>
    public bool Queued { get; set; }

    public bool Deliverable => InFlight == 0 && Messages.First is { Value.State: MessageState.Visible };
}
