using Emulator.Sns.Shapes;

namespace Emulator.Sns.Publishing;

/// <summary>The fields Publish and a PublishBatch entry share.</summary>
public readonly record struct PublishContent(
    string? Message,
    string? Subject,
    string? MessageStructure,
    Dictionary<string, MessageAttributeValue>? Attributes,
    string? DeduplicationId,
    string? GroupId)
{
    public static PublishContent From(PublishInput r) =>
        new(r.Message, r.Subject, r.MessageStructure, r.MessageAttributes, r.MessageDeduplicationId, r.MessageGroupId);

    public static PublishContent From(PublishBatchRequestEntry e) =>
        new(e.Message, e.Subject, e.MessageStructure, e.MessageAttributes, e.MessageDeduplicationId, e.MessageGroupId);
}
