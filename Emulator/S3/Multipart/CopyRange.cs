using System.Text.RegularExpressions;
using Emulator.S3.Buckets;

namespace Emulator.S3.Multipart;

/// <summary>
/// UploadPartCopy's <c>x-amz-copy-source-range</c>: exactly <c>bytes=first-last</c>, within the source (stricter than
/// GetObject's Range, which ignores what it cannot read).
/// </summary>
public static partial class CopyRange
{
    public static ByteRange? Resolve(string? header, long size)
    {
        if (header is null) return null;
        var match = Form().Match(header);
        if (!match.Success || !long.TryParse(match.Groups[1].Value, out var first) || !long.TryParse(match.Groups[2].Value, out var last) || last < first)
            throw S3Errors.InvalidArgument(
                "The x-amz-copy-source-range value must be of the form bytes=first-last where first and last are the zero-based offsets of the first and last bytes to copy",
                "x-amz-copy-source-range", header);
        if (last >= size)
            throw S3Errors.InvalidArgument($"Range specified is not valid for source object of size: {size}", "x-amz-copy-source-range", header);
        return new ByteRange(first, last - first + 1, size);
    }

    [GeneratedRegex(@"^bytes=(\d+)-(\d+)$")]
    private static partial Regex Form();
}
