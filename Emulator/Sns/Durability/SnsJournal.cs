using Emulator.Common.Durability;
using Emulator.Sns.Topics;

namespace Emulator.Sns.Durability;

/// <summary>
/// SNS's changes in durable mode: a topic and its subscriptions are one record (<see cref="TopicRecords"/>), written
/// again whenever either changes (there are few, and they change seldom). Without a data directory, nothing happens.
/// </summary>
public sealed class SnsJournal(Journal? journal = null)
{
    public const string TopicKind = "sns.topic";

    public static readonly IReadOnlyList<string> Kinds = [TopicKind];

    /// <summary>Called under the topic's lock, so that the journal has its states in the order they were made.</summary>
    public void TopicSaved(Topic topic) => journal?.Put(TopicKind, topic.Arn, TopicRecords.Encode(topic));

    public void TopicDeleted(Topic topic) => journal?.Delete(TopicKind, topic.Arn);
}
