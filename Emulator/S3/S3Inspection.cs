using System.Text.Json;
using System.Text.Json.Serialization;
using Emulator.S3.Buckets;

namespace Emulator.S3;

/// <summary>
/// Read-only views of buckets under <c>/_emulator/s3/</c>: every bucket of every account with its totals, and a bucket's
/// objects a page at a time (an object's data is a plain GET of <c>/bucket/key</c>).
/// </summary>
public sealed class S3Inspection(BucketStore store) : IServiceEndpoints
{
    public void Map(IEndpointRouteBuilder admin, IEndpointRouteBuilder root)
    {
        admin.MapGet("/buckets", () => AdminJson.Ok([.. store.All.OrderBy(b => b.Name, StringComparer.Ordinal).Select(bucket =>
        {
            var (objects, bytes) = bucket.Totals();
            return new BucketView(bucket.Name, bucket.AccountId, bucket.Region, bucket.Created, objects, bytes, bucket.Uploads.Count, bucket.Tags);
        })], S3InspectionJson.Default.ListBucketView));

        // A page of up to 1,000 objects in key order, after ?after= and under ?prefix=.
        admin.MapGet("/buckets/{name}/objects", (string name, string? prefix, string? after) =>
        {
            if (store.Find(name) is not { } bucket) return AdminJson.NotFound("No such bucket.");
            var page = bucket.List(prefix, null, after, ObjectListing.MaxKeys);
            return AdminJson.Ok(new ObjectPage(
                [.. page.Objects.Select(o => new ObjectView(o.Key, o.Size, o.LastModified, o.ETag, o.Headers.ContentType, o.ChecksumAlgorithm.Name, o.Tags))],
                page.IsTruncated, page.IsTruncated ? page.Last : null), S3InspectionJson.Default.ObjectPage);
        });
    }
}

public sealed record BucketView(
    string Name, string AccountId, string Region, DateTimeOffset Created, int Objects, long Bytes, int Uploads, IReadOnlyDictionary<string, string> Tags);

public sealed record ObjectView(
    string Key, long Size, DateTimeOffset LastModified, string ETag, string ContentType, string ChecksumAlgorithm, IReadOnlyDictionary<string, string> Tags);

public sealed record ObjectPage(IReadOnlyList<ObjectView> Objects, bool IsTruncated, string? Next);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(List<BucketView>))]
[JsonSerializable(typeof(ObjectPage))]
internal sealed partial class S3InspectionJson : JsonSerializerContext;
