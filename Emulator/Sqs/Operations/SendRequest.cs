using Emulator.Sqs.Shapes;

namespace Emulator.Sqs.Operations;

/// <summary>The fields SendMessage and a SendMessageBatch entry share.</summary>
public readonly record struct SendRequest(
    string? Body,
    int? DelaySeconds,
    Dictionary<string, MessageAttributeValue>? Attributes,
    Dictionary<string, MessageAttributeValue>? SystemAttributes,
    string? DeduplicationId,
    string? GroupId)
{
    public static SendRequest From(SendMessageRequest r) =>
        new(r.MessageBody, r.DelaySeconds, r.MessageAttributes, r.MessageSystemAttributes, r.MessageDeduplicationId, r.MessageGroupId);

    public static SendRequest From(SendMessageBatchRequestEntry e) =>
        new(e.MessageBody, e.DelaySeconds, e.MessageAttributes, e.MessageSystemAttributes, e.MessageDeduplicationId, e.MessageGroupId);
}
