using Amazon.S3;
using Amazon.S3.Model;
using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.S3.EndToEnd;

/// <summary>
/// CopyObject and DeleteObjects through AWSSDK.S3 (what `aws s3 cp` between buckets and `aws s3 rm --recursive` use). Facts:
/// https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html, https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteObjects.html.
/// </summary>
public class CopyAndDeleteTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    private readonly AmazonS3Client _s3 = server.CreateS3Client();

    private Task<string> Bucket() => TestBuckets.CreateAsync(_s3, "copies");

    [Fact]
    public async Task A_copy_keeps_the_metadata_unless_told_to_replace_it_across_buckets_too()
    {
        var (from, to) = (await Bucket(), await Bucket());
        await _s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = from, Key = "src dir/é.txt", ContentBody = "payload", ContentType = "text/plain", Metadata = { ["origin"] = "put" },
        });

        var kept = await _s3.CopyObjectAsync(new CopyObjectRequest { SourceBucket = from, SourceKey = "src dir/é.txt", DestinationBucket = to, DestinationKey = "kept" });
        await _s3.CopyObjectAsync(new CopyObjectRequest
        {
            SourceBucket = from, SourceKey = "src dir/é.txt", DestinationBucket = to, DestinationKey = "replaced",
            MetadataDirective = S3MetadataDirective.REPLACE, ContentType = "application/x-new", Metadata = { ["origin"] = "copy" },
        });
        var keptHead = await _s3.GetObjectMetadataAsync(to, "kept");
        var replacedHead = await _s3.GetObjectMetadataAsync(to, "replaced");

        Assert.Equal(keptHead.ETag, kept.ETag);
        Assert.Equal(("text/plain", "put"), (keptHead.Headers.ContentType, keptHead.Metadata["origin"]));
        Assert.Equal(("application/x-new", "copy"), (replacedHead.Headers.ContentType, replacedHead.Metadata["origin"]));
    }

    [Fact]
    public async Task Copying_an_object_onto_itself_without_replacing_anything_is_refused()
    {
        var bucket = await Bucket();
        await _s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "k", ContentBody = "v" });

        var refused = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() =>
            _s3.CopyObjectAsync(new CopyObjectRequest { SourceBucket = bucket, SourceKey = "k", DestinationBucket = bucket, DestinationKey = "k" }));
        var missing = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() =>
            _s3.CopyObjectAsync(new CopyObjectRequest { SourceBucket = bucket, SourceKey = "absent", DestinationBucket = bucket, DestinationKey = "x" }));

        Assert.Equal("InvalidRequest", refused.ErrorCode);
        Assert.Equal("NoSuchKey", missing.ErrorCode);
    }

    [Fact]
    public async Task DeleteObjects_reports_each_key_unless_quiet_and_empties_the_bucket()
    {
        var bucket = await Bucket();
        foreach (var key in new[] { "a", "b/c", "d" })
            await _s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, ContentBody = key });

        var loud = await _s3.DeleteObjectsAsync(new DeleteObjectsRequest { BucketName = bucket, Objects = [new() { Key = "a" }, new() { Key = "b/c" }, new() { Key = "never" }] });
        var quiet = await _s3.DeleteObjectsAsync(new DeleteObjectsRequest { BucketName = bucket, Quiet = true, Objects = [new() { Key = "d" }] });

        Assert.Equal(["a", "b/c", "never"], loud.DeletedObjects.Select(d => d.Key));
        Assert.Empty(quiet.DeletedObjects ?? []);
        Assert.Empty((await _s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket })).S3Objects ?? []);
    }

    // Found by the S3 HTTP fuzz target: an <Object> that names no <Key> was a 500.
    [Fact]
    public async Task DeleteObjects_with_an_object_that_names_no_key_is_MalformedXML()
    {
        var bucket = await Bucket();
        using var http = server.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/{bucket}?delete")
        {
            Content = new StringContent("<Delete><Object><Key>a</Key></Object><Object><VersionId>v</VersionId></Object></Delete>"),
        };
        request.Headers.TryAddWithoutValidation("Authorization",
            "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=x");

        using var response = await http.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<Code>MalformedXML</Code>", await response.Content.ReadAsStringAsync());
    }
}
