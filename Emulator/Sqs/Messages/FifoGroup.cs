namespace Emulator.Sqs.Messages;

/// <summary>
/// The messages of one FIFO message group, in order. The group delivers from its first message while that one is
/// visible, up to the first that is not: a message in flight holds back itself and every message after it.
/// </summary>
internal sealed class FifoGroup
{
    public MessageChain Messages { get; } = new(groupLinks: true);

    /// <summary>Whether the group sits in the queue of groups ready to deliver.</summary>
    public bool Queued { get; set; }

    public bool Deliverable => Messages.First is { State: MessageState.Visible };
}
