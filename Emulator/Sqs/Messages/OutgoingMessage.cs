using Emulator.Sqs.Shapes;

namespace Emulator.Sqs.Messages;

/// <summary>A validated message on its way into a queue.</summary>
public sealed record OutgoingMessage(
    byte[] BodyUtf8,
    Dictionary<string, MessageAttributeValue>? Attributes,
    string? Md5OfAttributes,
    string? AwsTraceHeader,
    string SenderId,
    int? DelaySeconds,
    string? GroupId,
    string? DeduplicationId)
{
    /// <summary>When set, <see cref="BodyUtf8"/> is not used: the stored body is this, written later (standard queues only).</summary>
    public DeferredBody? Deferred { get; init; }
}

/// <summary>What SendMessage answers: the id (the original's for a deduplicated FIFO send) and sequence number.</summary>
public readonly record struct SendOutcome(Guid Id, string? SequenceNumber, UInt128 BodyMd5)
{
    public string MessageId => Id.ToString();
    public string Md5OfBody => Md5Text.Format(BodyMd5);
}
