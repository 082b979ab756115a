using System.Text;
using Emulator.S3.Buckets;
using Emulator.S3.Shapes;

namespace Emulator.S3.Operations;

/// <summary>
/// ListObjectsV2 and ListObjects: keys in S3's order, up to 1,000 a page, grouped by the delimiter into common
/// prefixes, continued after an opaque token (V2) or a marker (v1); with <c>encoding-type=url</c> keys and prefixes are
/// URL-encoded in the answer.
/// </summary>
public sealed class ListOperations(BucketStore buckets) : IOperationGroup
{
    public void Register(OperationRegistry registry)
    {
        registry.Add<ListObjectsV2Request, ListObjectsV2Output>(S3Service.S3, "ListObjectsV2", ListObjectsV2);
        registry.Add<ListObjectsRequest, ListObjectsOutput>(S3Service.S3, "ListObjects", ListObjects);
    }

    private ListObjectsV2Output ListObjectsV2(ListObjectsV2Request request, AwsRequestContext context)
    {
        var bucket = buckets.Owned(request.Bucket!, context.AccountId);
        var after = request.ContinuationToken is { } token ? FromToken(token) : request.StartAfter;
        var maxKeys = MaxKeys(request.MaxKeys);
        var page = bucket.List(request.Prefix, request.Delimiter, after, maxKeys);
        var encode = Encoder(request.EncodingType);
        return new ListObjectsV2Output
        {
            Name = bucket.Name,
            Prefix = encode(request.Prefix ?? ""),
            Delimiter = request.Delimiter is null ? null : encode(request.Delimiter),
            StartAfter = request.StartAfter is null ? null : encode(request.StartAfter),
            MaxKeys = maxKeys,
            EncodingType = request.EncodingType,
            KeyCount = page.Objects.Count + page.CommonPrefixes.Count,
            IsTruncated = page.IsTruncated,
            ContinuationToken = request.ContinuationToken,
            NextContinuationToken = page.IsTruncated ? ToToken(page.Last!) : null,
            Contents = Entries(page, encode, request.FetchOwner == true ? Owner(context) : null),
            CommonPrefixes = Prefixes(page, encode),
        };
    }

    private ListObjectsOutput ListObjects(ListObjectsRequest request, AwsRequestContext context)
    {
        var bucket = buckets.Owned(request.Bucket!, context.AccountId);
        var maxKeys = MaxKeys(request.MaxKeys);
        var page = bucket.List(request.Prefix, request.Delimiter, request.Marker, maxKeys);
        var encode = Encoder(request.EncodingType);
        return new ListObjectsOutput
        {
            Name = bucket.Name,
            Prefix = encode(request.Prefix ?? ""),
            Delimiter = request.Delimiter is null ? null : encode(request.Delimiter),
            Marker = encode(request.Marker ?? ""),
            MaxKeys = maxKeys,
            EncodingType = request.EncodingType,
            IsTruncated = page.IsTruncated,
            // S3 gives NextMarker only to requests with a delimiter; the others continue after their last key.
            NextMarker = page.IsTruncated && request.Delimiter is not null ? encode(page.Last!) : null,
            Contents = Entries(page, encode, Owner(context)),
            CommonPrefixes = Prefixes(page, encode),
        };
    }

    private static int MaxKeys(int? requested) => Math.Clamp(requested ?? ObjectListing.MaxKeys, 0, ObjectListing.MaxKeys);

    private static List<ObjectEntry>? Entries(ObjectListing page, Func<string, string> encode, Owner? owner) =>
        page.Objects.Count == 0 ? null : page.Objects.Select(o => new ObjectEntry
        {
            Key = encode(o.Key), LastModified = o.LastModified, ETag = o.ETag, Size = o.Size, StorageClass = "STANDARD", Owner = owner,
            ChecksumAlgorithm = [o.ChecksumAlgorithm.Name], ChecksumType = o.ChecksumType,
        }).ToList();

    private static List<CommonPrefix>? Prefixes(ObjectListing page, Func<string, string> encode) =>
        page.CommonPrefixes.Count == 0 ? null : page.CommonPrefixes.Select(p => new CommonPrefix { Prefix = encode(p) }).ToList();

    private static Owner Owner(AwsRequestContext context) => new() { ID = context.AccountId, DisplayName = "emulator" };

    /// <summary>
    /// <c>encoding-type=url</c> escapes keys and prefixes in the answer (slashes kept); any other value is refused, as
    /// AWS refuses it (LocalStack's recording test_list_ops_encoding_type_validation).
    /// </summary>
    private static Func<string, string> Encoder(string? encodingType) => encodingType switch
    {
        null => text => text,
        "url" => text => Uri.EscapeDataString(text).Replace("%2F", "/", StringComparison.Ordinal),
        _ => throw S3Errors.InvalidArgument("Invalid Encoding Method specified in Request", "encoding-type", encodingType.Length == 0 ? null : encodingType),
    };

    private static string ToToken(string last) => Convert.ToBase64String(Encoding.UTF8.GetBytes(last));

    private static string FromToken(string token)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(token));
        }
        catch (FormatException)
        {
            throw S3Errors.InvalidArgument("The continuation token provided is incorrect");
        }
    }
}
