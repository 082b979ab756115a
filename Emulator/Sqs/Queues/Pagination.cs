namespace Emulator.Sqs.Queues;

/// <summary>
/// Pages of a list ordered by name, for ListQueues and ListDeadLetterSourceQueues. Without MaxResults a request
/// gets up to 1,000 items and no token; with it, a token whenever more remain. Tokens are opaque to clients.
/// </summary>
public static class Pagination
{
    public const int MaxResults = 1000;

    public static (List<T> Page, string? NextToken) Page<T>(IEnumerable<T> items, Func<T, string> key, int? maxResults, string? nextToken)
    {
        // SQS treats MaxResults 0 as not given.
        var limit = maxResults is null or 0 ? (int?)null : maxResults;
        if (limit is < 1 or > MaxResults)
            throw CommonErrors.InvalidParameterValue(
                $"Value for parameter MaxResults is invalid. Reason: MaxResults must be an integer between 1 and {MaxResults}.");
        var after = string.IsNullOrEmpty(nextToken) ? null
            : PageTokens.TryDecode(nextToken) ?? throw CommonErrors.InvalidParameterValue("Invalid or expired next token.");
        var page = items.Where(i => after is null || string.CompareOrdinal(key(i), after) > 0)
            .OrderBy(key, StringComparer.Ordinal)
            .Take((limit ?? MaxResults) + 1)
            .ToList();
        if (page.Count <= (limit ?? MaxResults)) return (page, null);
        page.RemoveAt(page.Count - 1);
        return (page, limit is null ? null : PageTokens.Encode(key(page[^1])));
    }
}
