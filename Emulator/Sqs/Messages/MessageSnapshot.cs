namespace Emulator.Sqs.Messages;

/// <summary>A read-only view of one stored message, for the inspection API.</summary>
public sealed record MessageSnapshot(
    string MessageId,
    string State,
    string Body,
    int ReceiveCount,
    DateTimeOffset SentAt,
    DateTimeOffset? FirstReceivedAt,
    DateTimeOffset? VisibleAt,
    string? MessageGroupId,
    string? MessageDeduplicationId,
    string? SequenceNumber,
    string? DeadLetterQueueSourceArn,
    IReadOnlyDictionary<string, MessageAttributeSnapshot>? MessageAttributes)
{
    /// <summary>Call under the owning store's lock.</summary>
    internal static MessageSnapshot Of(SqsMessage message) => new(
        message.MessageId,
        message.State switch { MessageState.InFlight => "inflight", MessageState.Delayed => "delayed", _ => "visible" },
        message.Body,
        message.ReceiveCount,
        DateTimeOffset.FromUnixTimeMilliseconds(message.SentTimestamp),
        message.FirstReceiveTimestamp == 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds(message.FirstReceiveTimestamp),
        message.State == MessageState.Visible ? null : new DateTimeOffset(message.VisibleAtTicks, TimeSpan.Zero),
        message.GroupId,
        message.DeduplicationId,
        message.SequenceNumber,
        message.DeadLetterSourceArn,
        message.Attributes?.ToDictionary(
            a => a.Key,
            a => new MessageAttributeSnapshot(a.Value.DataType!, a.Value.StringValue,
                a.Value.BinaryValue is { } binary ? Convert.ToBase64String(binary) : null)));
}

/// <summary>A message attribute in a snapshot; a binary value is base64.</summary>
public sealed record MessageAttributeSnapshot(string DataType, string? StringValue, string? BinaryValue);
