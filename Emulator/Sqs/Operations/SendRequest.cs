using Emulator.Protocol.Shapes;
using Emulator.Sqs.Shapes;
using Emulator.Sqs;

namespace Emulator.Sqs.Operations;

/// <summary>The fields SendMessage and a SendMessageBatch entry share.</summary>
public readonly record struct SendRequest(
    Utf8Text? Body,
    int? DelaySeconds,
    Dictionary<string, MessageAttributeValue>? Attributes,
    Dictionary<string, MessageAttributeValue>? SystemAttributes,
    string? DeduplicationId,
    string? GroupId)
{
    /// <summary>A delivered body written later (see <see cref="DeferredBody"/>), standing in for <see cref="Body"/>.</summary>
    public DeferredBody? Deferred { get; init; }

    public static SendRequest From(SendMessageRequest r) =>
        new(r.MessageBody, r.DelaySeconds, r.MessageAttributes, r.MessageSystemAttributes, r.MessageDeduplicationId, r.MessageGroupId);

    public static SendRequest From(SendMessageBatchRequestEntry e) =>
        new(e.MessageBody, e.DelaySeconds, e.MessageAttributes, e.MessageSystemAttributes, e.MessageDeduplicationId, e.MessageGroupId);

    /// <summary>Another service's message for a queue, which takes its deduplication id only if FIFO.</summary>
    public static SendRequest From(DeliveredMessage m, bool fifoQueue) =>
        new(m.Body.Text is { } text ? Utf8Text.From(text) : null, null, SqsAttributes(m.Attributes), null, fifoQueue ? m.DeduplicationId : null, m.GroupId)
        {
            Deferred = m.Body.Deferred,
        };

    private static Dictionary<string, MessageAttributeValue>? SqsAttributes(IReadOnlyDictionary<string, DeliveredAttribute>? attributes) =>
        attributes is not { Count: > 0 }
            ? null
            : attributes.ToDictionary(a => a.Key, a => new MessageAttributeValue
            {
                DataType = a.Value.DataType, StringValue = a.Value.StringValue, BinaryValue = a.Value.BinaryValue,
            });
}
