using Emulator.Sns.Shapes;

namespace Emulator.Sns.Publishing;

/// <summary>The fields Publish and a PublishBatch entry share.</summary>
public readonly record struct PublishInput(
    string? Message,
    string? Subject,
    string? MessageStructure,
    Dictionary<string, MessageAttributeValue>? Attributes,
    string? DeduplicationId,
    string? GroupId)
{
    public static PublishInput From(PublishRequest r) =>
        new(r.Message, r.Subject, r.MessageStructure, r.MessageAttributes, r.MessageDeduplicationId, r.MessageGroupId);

    public static PublishInput From(PublishBatchRequestEntry e) =>
        new(e.Message, e.Subject, e.MessageStructure, e.MessageAttributes, e.MessageDeduplicationId, e.MessageGroupId);
}
