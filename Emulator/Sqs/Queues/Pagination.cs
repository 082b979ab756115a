using System.Text;
using Emulator.Protocol.Errors;

namespace Emulator.Sqs.Queues;

/// <summary>Pages of a sorted list of names, with opaque tokens naming where the next page starts.</summary>
public static class Pagination
{
    public const int DefaultLimit = 1000;

    public static (List<T> Page, string? NextToken) Page<T>(IEnumerable<T> items, Func<T, string> key, int? maxResults, string? nextToken)
    {
        if (maxResults is < 1 or > DefaultLimit)
            throw CommonErrors.InvalidParameterValue(
                $"Value {maxResults} for parameter MaxResults is invalid. Reason: MaxResults must be an integer between 1 and {DefaultLimit}.");
        if (nextToken is not null && maxResults is null)
            throw CommonErrors.InvalidParameterValue("MaxResults is a mandatory parameter when you provide a value for NextToken.");
        var after = nextToken is null ? null : Decode(nextToken);
        var sorted = items.Where(i => after is null || string.CompareOrdinal(key(i), after) > 0)
            .OrderBy(key, StringComparer.Ordinal);
        var limit = maxResults ?? DefaultLimit;
        var page = sorted.Take(limit + 1).ToList();
        if (page.Count <= limit) return (page, null);
        page.RemoveAt(limit);
        return (page, maxResults is null ? null : Encode(key(page[^1])));
    }

    private static string Encode(string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes(key));

    private static string Decode(string token)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(token));
        }
        catch (FormatException)
        {
            throw CommonErrors.InvalidParameterValue("Invalid NextToken value.");
        }
    }
}
