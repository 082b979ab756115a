namespace Emulator.S3.Buckets;

/// <summary>
/// HTTP's byte range as S3 serves it (one range: <c>bytes=first-last</c>, <c>bytes=first-</c>, <c>bytes=-suffix</c>).
/// A header S3 cannot read (another unit, several ranges, bad numbers) is ignored and the whole object is served; a range
/// that starts past the end is <c>InvalidRange</c> (416).
/// </summary>
public readonly record struct ByteRange(long Start, long Length, long Size)
{
    public string ContentRange => $"bytes {Start}-{Start + Length - 1}/{Size}";

    public static ByteRange? Resolve(string? header, long size)
    {
        if (header is null || !header.StartsWith("bytes=", StringComparison.OrdinalIgnoreCase) || header.Contains(',')) return null;
        var spec = header["bytes=".Length..].Trim();
        var dash = spec.IndexOf('-');
        if (dash < 0) return null;
        var (firstText, lastText) = (spec[..dash], spec[(dash + 1)..]);
        if (firstText.Length == 0)
        {
            if (!long.TryParse(lastText, out var suffix) || suffix <= 0) return null;
            return size == 0 ? throw S3Errors.InvalidRange(header, size) : new ByteRange(Math.Max(0, size - suffix), Math.Min(suffix, size), size);
        }
        if (!long.TryParse(firstText, out var first) || first < 0) return null;
        long last = size - 1;
        if (lastText.Length > 0 && (!long.TryParse(lastText, out last) || last < first)) return null;
        if (first >= size) throw S3Errors.InvalidRange(header, size);
        return new ByteRange(first, Math.Min(last, size - 1) - first + 1, size);
    }
}
