namespace Emulator.Sqs.Validation;

/// <summary>The rules every SQS batch request shares: 1 to 10 entries with distinct, well-formed ids.</summary>
public static class BatchEntries
{
    public const int MaxEntries = 10;
    public const int MaxTotalBytes = 1_048_576;

    public static void Check(IReadOnlyList<string?>? ids, string entryType)
    {
        if (ids is null || ids.Count == 0)
            throw new AwsError("EmptyBatchRequest", $"There should be at least one {entryType} in the request.",
                queryCode: "AWS.SimpleQueueService.EmptyBatchRequest");
        if (ids.Count > MaxEntries)
            throw new AwsError("TooManyEntriesInBatchRequest", $"Maximum number of entries per request are {MaxEntries}. You have sent {ids.Count}.",
                queryCode: "AWS.SimpleQueueService.TooManyEntriesInBatchRequest");
        for (var i = 0; i < ids.Count; i++)
        {
            var id = ids[i];
            if (id is null || id.Length is 0 or > 80 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
                throw new AwsError("InvalidBatchEntryId",
                    "A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.",
                    queryCode: "AWS.SimpleQueueService.InvalidBatchEntryId");
            // At most ten ids: comparing each with those before it beats hashing them.
            for (var j = 0; j < i; j++)
                if (string.Equals(ids[j], id, StringComparison.Ordinal))
                    throw new AwsError("BatchEntryIdsNotDistinct", $"Id {id} repeated.",
                        queryCode: "AWS.SimpleQueueService.BatchEntryIdsNotDistinct");
        }
    }

    public static void CheckTotalSize(long totalBytes)
    {
        if (totalBytes > MaxTotalBytes)
            throw new AwsError("BatchRequestTooLong", $"Batch requests cannot be longer than {MaxTotalBytes} bytes. You have sent {totalBytes} bytes.",
                queryCode: "AWS.SimpleQueueService.BatchRequestTooLong");
    }
}
