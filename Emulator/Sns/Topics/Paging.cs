namespace Emulator.Sns.Topics;

/// <summary>SNS list pages: a fixed page size per operation and an opaque NextToken naming the last item returned.</summary>
public static class Paging
{
    public static (List<T> Page, string? NextToken) Page<T>(IEnumerable<T> items, Func<T, string> key, string? nextToken, int pageSize)
    {
        var after = string.IsNullOrEmpty(nextToken) ? null : PageTokens.TryDecode(nextToken) ?? throw SnsErrors.InvalidParameter("NextToken");
        var page = items.Where(i => after is null || string.CompareOrdinal(key(i), after) > 0)
            .OrderBy(key, StringComparer.Ordinal)
            .Take(pageSize + 1)
            .ToList();
        if (page.Count <= pageSize) return (page, null);
        page.RemoveAt(page.Count - 1);
        return (page, PageTokens.Encode(key(page[^1])));
    }
}
