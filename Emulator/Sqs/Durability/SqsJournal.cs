using Emulator.Common.Durability;
using Emulator.Sqs.Messages;
using Emulator.Sqs.Queues;

namespace Emulator.Sqs.Durability;

/// <summary>
/// SQS's changes in durable mode, as records (<see cref="QueueRecords"/>, <see cref="MessageRecords"/>); without a data
/// directory every method returns at once, having encoded nothing. Message changes are journaled under the queue's lock,
/// so the journal has them in the order the queue made them.
/// </summary>
public sealed class SqsJournal(Journal? journal = null)
{
    public const string QueueKind = "sqs.queue";
    public const string ContentKind = "sqs.message";
    public const string DeliveryKind = "sqs.delivery";

    public static readonly IReadOnlyList<string> Kinds = [QueueKind, ContentKind, DeliveryKind];

    public bool Enabled => journal is not null;

    public void QueueSaved(SqsQueue queue) => journal?.Put(QueueKind, QueueRecords.Key(queue), QueueRecords.Encode(queue));

    public void QueueDeleted(SqsQueue queue)
    {
        if (journal is null) return;
        journal.Delete(QueueKind, QueueRecords.Key(queue));
        MessagesCleared(queue);
    }

    public void MessagesCleared(SqsQueue queue)
    {
        if (journal is null) return;
        journal.DeletePrefix(ContentKind, QueueRecords.MessagesPrefix(queue));
        journal.DeletePrefix(DeliveryKind, QueueRecords.MessagesPrefix(queue));
    }

    /// <param name="content">The message's content record, encoded before the queue's lock was taken, or null to encode it now.</param>
    public void MessageStored(SqsQueue queue, SqsMessage message, byte[]? content)
    {
        if (journal is null) return;
        var key = QueueRecords.MessageKey(queue, message.Id);
        journal.Put(ContentKind, key, content ?? MessageRecords.Content(message));
        journal.Put(DeliveryKind, key, MessageRecords.Delivery(message));
    }

    public void MessageChanged(SqsQueue queue, SqsMessage message) =>
        journal?.Put(DeliveryKind, QueueRecords.MessageKey(queue, message.Id), MessageRecords.Delivery(message));

    public void MessageRemoved(SqsQueue queue, SqsMessage message)
    {
        if (journal is null) return;
        var key = QueueRecords.MessageKey(queue, message.Id);
        journal.Delete(ContentKind, key);
        journal.Delete(DeliveryKind, key);
    }
}
