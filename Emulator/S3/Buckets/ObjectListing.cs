namespace Emulator.S3.Buckets;

/// <summary>
/// One page of a bucket's keys in S3's order: the objects and the common prefixes (keys grouped up to the delimiter
/// after the prefix) after a position, at most so many together. <see cref="Last"/> is what the next page starts after.
/// </summary>
public sealed record ObjectListing(IReadOnlyList<S3Object> Objects, IReadOnlyList<string> CommonPrefixes, bool IsTruncated, string? Last)
{
    public const int MaxKeys = 1000;

    /// <param name="after">Keys up to this one are skipped; a common prefix given here skips every key under it.</param>
    public static ObjectListing Page(IEnumerable<S3Object> ordered, string? prefix, string? delimiter, string? after, int maxKeys)
    {
        prefix ??= "";
        var objects = new List<S3Object>();
        var prefixes = new List<string>();
        string? last = null;
        foreach (var item in ordered)
        {
            var key = item.Key;
            if (after is not null && (string.CompareOrdinal(key, after) <= 0 || (delimiter is { Length: > 0 } && after.EndsWith(delimiter, StringComparison.Ordinal) && key.StartsWith(after, StringComparison.Ordinal))))
                continue;
            if (!key.StartsWith(prefix, StringComparison.Ordinal))
            {
                if (string.CompareOrdinal(key, prefix) > 0) break;
                continue;
            }
            var grouped = delimiter is { Length: > 0 } && key.IndexOf(delimiter, prefix.Length, StringComparison.Ordinal) is var at && at >= 0
                ? key[..(at + delimiter.Length)]
                : null;
            if (grouped is not null && grouped == last) continue;
            if (objects.Count + prefixes.Count >= maxKeys) return new ObjectListing(objects, prefixes, maxKeys > 0, last);
            if (grouped is not null) prefixes.Add(grouped);
            else objects.Add(item);
            last = grouped ?? key;
        }
        return new ObjectListing(objects, prefixes, false, last);
    }
}
