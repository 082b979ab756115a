namespace Emulator.Tests.Conformance.Wire;

/// <summary>
/// How a service's query protocol spells lists and maps, from its query API reference: SQS flattens them under
/// singular names (<c>Attribute.1.Name</c>, <c>SendMessageBatchRequestEntry.1.Id</c>); SNS nests them under
/// <c>member</c> and <c>entry</c> (<c>Tags.member.1.Key</c>, <c>Attributes.entry.1.key</c>).
/// </summary>
public sealed record QueryDialect(
    bool Flattened,
    IReadOnlyDictionary<string, string> ListItemNames,
    IReadOnlyDictionary<string, QueryMap> Maps)
{
    /// <summary>https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/ (each action's request parameters).</summary>
    public static readonly QueryDialect Sqs = new(
        Flattened: true,
        ListItemNames: new Dictionary<string, string>
        {
            ["SendMessageBatch.Entries"] = "SendMessageBatchRequestEntry",
            ["DeleteMessageBatch.Entries"] = "DeleteMessageBatchRequestEntry",
            ["ChangeMessageVisibilityBatch.Entries"] = "ChangeMessageVisibilityBatchRequestEntry",
            ["AttributeNames"] = "AttributeName",
            ["MessageAttributeNames"] = "MessageAttributeName",
            ["MessageSystemAttributeNames"] = "MessageSystemAttributeName",
            ["AWSAccountIds"] = "AWSAccountId",
            ["Actions"] = "ActionName",
            ["TagKeys"] = "TagKey",
            ["StringListValues"] = "StringListValue",
            ["BinaryListValues"] = "BinaryListValue",
        },
        Maps: new Dictionary<string, QueryMap>
        {
            ["Attributes"] = new("Attribute", "Name", "Value"),
            ["tags"] = new("Tag", "Key", "Value"),
            ["Tags"] = new("Tag", "Key", "Value"),
            ["MessageAttributes"] = new("MessageAttribute", "Name", "Value"),
            ["MessageSystemAttributes"] = new("MessageSystemAttribute", "Name", "Value"),
        });

    /// <summary>https://docs.aws.amazon.com/sns/latest/api/ (each action's request parameters and examples).</summary>
    public static readonly QueryDialect Sns = new(
        Flattened: false,
        ListItemNames: new Dictionary<string, string>(),
        Maps: new Dictionary<string, QueryMap>
        {
            ["Attributes"] = new(null, "key", "value"),
            ["attributes"] = new(null, "key", "value"),
            ["MessageAttributes"] = new(null, "Name", "Value"),
        });

    public string ListItemName(string operation, string member) =>
        ListItemNames.TryGetValue($"{operation}.{member}", out var name) || ListItemNames.TryGetValue(member, out name) ? name : member;
}

/// <summary>A map's query spelling: flattened under <paramref name="FlattenedName"/>, or nested under <c>entry</c>.</summary>
public sealed record QueryMap(string? FlattenedName, string KeyName, string ValueName);
