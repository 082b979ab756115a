using Emulator.S3.Shapes;

namespace Emulator.S3.Buckets;

/// <summary>
/// Tag sets as S3 takes them (https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-tagging.html): at most 10 per
/// object and 50 per bucket, keys up to 128 and values up to 256 characters, no key twice.
/// </summary>
public static class TagSets
{
    public const int MaxObjectTags = 10;
    public const int MaxBucketTags = 50;

    public static Dictionary<string, string> From(IReadOnlyList<Tag>? tags, int max)
    {
        var set = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in tags ?? [])
        {
            if (tag.Key is not { Length: > 0 and <= 128 } key) throw S3Errors.InvalidTag("The TagKey you have provided is invalid");
            if ((tag.Value ?? "").Length > 256) throw S3Errors.InvalidTag("The TagValue you have provided is invalid");
            if (!set.TryAdd(key, tag.Value ?? "")) throw S3Errors.InvalidTag("Cannot provide multiple Tags with the same key");
        }
        if (set.Count > max) throw S3Errors.BadRequest($"{(max == MaxObjectTags ? "Object" : "Bucket")} tags cannot be greater than {max}");
        return set;
    }

    /// <summary>The <c>x-amz-tagging</c> header of an upload: tags as a URL query string.</summary>
    public static Dictionary<string, string> FromHeader(string? header) =>
        From(header is null ? [] : Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(header)
            .Select(p => new Tag { Key = p.Key, Value = p.Value.ToString() }).ToList(), MaxObjectTags);

    public static List<Tag> ToList(IReadOnlyDictionary<string, string> tags) => tags.Select(t => new Tag { Key = t.Key, Value = t.Value }).ToList();
}
