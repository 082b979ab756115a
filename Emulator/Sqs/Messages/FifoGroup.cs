namespace Emulator.Sqs.Messages;

/// <summary>The messages of one FIFO message group, in order. The group is held while any of them is in flight.</summary>
internal sealed class FifoGroup
{
    public MessageChain Messages { get; } = new(groupLinks: true);
    public int InFlight { get; set; }

    /// <summary>Whether the group sits in the queue of groups ready to deliver.</summary>
    public bool Queued { get; set; }

    public bool Deliverable => InFlight == 0 && Messages.First is { State: MessageState.Visible };
}
