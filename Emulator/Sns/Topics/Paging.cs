using System.Text;

namespace Emulator.Sns.Topics;

/// <summary>SNS list pages: a fixed page size per operation and an opaque NextToken naming the last item returned.</summary>
public static class Paging
{
    public static (List<T> Page, string? NextToken) Page<T>(IEnumerable<T> items, Func<T, string> key, string? nextToken, int pageSize)
    {
        var after = string.IsNullOrEmpty(nextToken) ? null : Decode(nextToken);
        var page = items.Where(i => after is null || string.CompareOrdinal(key(i), after) > 0)
            .OrderBy(key, StringComparer.Ordinal)
            .Take(pageSize + 1)
            .ToList();
        if (page.Count <= pageSize) return (page, null);
        page.RemoveAt(page.Count - 1);
        return (page, Convert.ToBase64String(Encoding.UTF8.GetBytes(key(page[^1]))));
    }

    private static string Decode(string token)
    {
        var bytes = new byte[token.Length];
        if (Convert.TryFromBase64String(token, bytes, out var length)) return Encoding.UTF8.GetString(bytes, 0, length);
        throw SnsErrors.InvalidParameter("NextToken");
    }
}
