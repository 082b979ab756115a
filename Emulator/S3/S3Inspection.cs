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
        admin.MapGet("/buckets", () => Results.Json(store.All.OrderBy(b => b.Name, StringComparer.Ordinal).Select(bucket =>
        {
            var (objects, bytes) = bucket.Totals();
            return new { bucket.Name, bucket.AccountId, bucket.Region, bucket.Created, objects, bytes, uploads = bucket.Uploads.Count, tags = bucket.Tags };
        })));

        // A page of up to 1,000 objects in key order, after ?after= and under ?prefix=.
        admin.MapGet("/buckets/{name}/objects", (string name, string? prefix, string? after) =>
        {
            if (store.Find(name) is not { } bucket) return Results.NotFound(new { error = "No such bucket." });
            var page = bucket.List(prefix, null, after, ObjectListing.MaxKeys);
            return Results.Json(new
            {
                objects = page.Objects.Select(o => new
                {
                    o.Key, o.Size, o.LastModified, o.ETag, contentType = o.Headers.ContentType,
                    checksumAlgorithm = o.ChecksumAlgorithm.Name, tags = o.Tags,
                }),
                page.IsTruncated,
                next = page.IsTruncated ? page.Last : null,
            });
        });
    }
}
