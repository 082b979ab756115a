namespace Emulator.Sqs.Queues;

/// <summary>Tags of queues: the shared rules, in SQS's words; keys are case-sensitive.</summary>
public static class QueueTags
{
    /// <summary>Checks tags a request adds, each on its own.</summary>
    public static void CheckEach(IReadOnlyDictionary<string, string> tags)
    {
        foreach (var (key, value) in tags)
            if (TagRules.Violation(key, value) is { } reason) throw CommonErrors.InvalidParameterValue(reason);
    }

    /// <summary>Checks the tags a queue would carry once a request's tags are added.</summary>
    public static void CheckCount(string queueName, IReadOnlyDictionary<string, string> merged)
    {
        if (merged.Count > TagRules.MaxTags)
            throw CommonErrors.InvalidParameterValue($"Too many tags added for queue {queueName}.");
    }

    public static void CheckKeysToRemove(IReadOnlyList<string> keys)
    {
        if (keys.Count == 0) throw CommonErrors.InvalidParameterValue(TagRules.KeyLengthRule);
    }
}
