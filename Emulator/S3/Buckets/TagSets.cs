using System.Text.RegularExpressions;
using Emulator.S3.Shapes;

namespace Emulator.S3.Buckets;

/// <summary>
/// Tag sets as S3 takes them (https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-tagging.html and
/// https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html): at most 10 per object and 50 per bucket, keys up
/// to 128 and values up to 256 characters of letters, digits, spaces and <c>+ - = . _ : / @</c>, no key twice, no
/// <c>aws:</c> keys. The messages are AWS's (LocalStack's recording TestS3BucketObjectTagging::test_tagging_validation).
/// </summary>
public static partial class TagSets
{
    public const int MaxObjectTags = 10;
    public const int MaxBucketTags = 50;

    public static Dictionary<string, string> From(IReadOnlyList<Tag>? tags, int max)
    {
        var set = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in tags ?? [])
        {
            if (tag.Key is null || tag.Value is null) throw Protocol.Rest.XmlShapeReader.Malformed();
            var key = tag.Key;
            if (key.Length is 0 or > 128 || !Allowed().IsMatch(key)) throw S3Errors.InvalidTag("The TagKey you have provided is invalid", key);
            if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
                throw S3Errors.InvalidTag(max == MaxObjectTags ? "Your TagKey cannot be prefixed with aws:" : "System tags cannot be added/updated by requester", key);
            if (tag.Value.Length > 256 || !Allowed().IsMatch(tag.Value))
                throw S3Errors.InvalidTag("The TagValue you have provided is invalid", key, tag.Value);
            if (!set.TryAdd(key, tag.Value)) throw S3Errors.InvalidTag("Cannot provide multiple Tags with the same key", key);
        }
        if (set.Count > max) throw S3Errors.BadRequest($"{(max == MaxObjectTags ? "Object" : "Bucket")} tags cannot be greater than {max}");
        return set;
    }

    /// <summary>
    /// The <c>x-amz-tagging</c> header of an upload: tags as a URL query string, each key once (LocalStack's recording
    /// TestS3BucketObjectTagging::test_object_tagging_exc).
    /// </summary>
    public static Dictionary<string, string> FromHeader(string? header)
    {
        if (header is null) return [];
        var pairs = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(header);
        if (pairs.Any(p => p.Value.Count > 1 || p.Key.Contains(',') || p.Value.ToString().Contains(',')))
            throw S3Errors.InvalidArgument(
                "The header 'x-amz-tagging' shall be encoded as UTF-8 then URLEncoded URL query parameters without tag name duplicates.",
                "x-amz-tagging", header);
        return From(pairs.Select(p => new Tag { Key = p.Key, Value = p.Value.ToString() }).ToList(), MaxObjectTags);
    }

    public static List<Tag> ToList(IReadOnlyDictionary<string, string> tags) => tags.Select(t => new Tag { Key = t.Key, Value = t.Value }).ToList();

    [GeneratedRegex(@"^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$")]
    private static partial Regex Allowed();
}
