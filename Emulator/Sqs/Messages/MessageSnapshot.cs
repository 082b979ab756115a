namespace Emulator.Sqs.Messages;

/// <summary>A read-only view of one stored message, for the inspection API.</summary>
public sealed record MessageSnapshot(
    string MessageId,
    string State,
    string Body,
    int ReceiveCount,
    DateTimeOffset SentAt,
    DateTimeOffset? VisibleAt,
    string? MessageGroupId,
    string? SequenceNumber,
    IReadOnlyDictionary<string, string>? MessageAttributes);
