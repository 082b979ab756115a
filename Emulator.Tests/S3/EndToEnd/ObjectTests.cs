using System.Net;
using System.Security.Cryptography;
using System.Text;
using Amazon.S3;
using Amazon.S3.Model;
using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.S3.EndToEnd;

/// <summary>
/// Objects through AWSSDK.S3, which uploads with aws-chunked bodies and trailing checksums by default. Facts from the S3 API
/// reference: https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html, .../API_GetObject.html (Range, response-*
/// overrides), .../API_DeleteObject.html, .../API_ListObjectsV2.html, .../API_ListObjects.html, .../ErrorResponses.html.
/// </summary>
public class ObjectTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    private readonly AmazonS3Client _s3 = server.CreateS3Client();

    private Task<string> Bucket() => TestBuckets.CreateAsync(_s3, "objects");

    [Theory]
    [InlineData("plain.txt")]
    [InlineData("dir/sub dir/with space+plus%percent.json")]
    [InlineData("unicode/é✓😀")]
    [InlineData("trailing/")]
    public async Task An_object_round_trips_with_its_headers_metadata_and_ETag(string key)
    {
        var bucket = await Bucket();
        var data = Encoding.UTF8.GetBytes("fixture data " + key);

        var put = await _s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket, Key = key, InputStream = new MemoryStream(data), ContentType = "application/json",
            Metadata = { ["owner"] = "team" }, Headers = { CacheControl = "max-age=60", ContentDisposition = "inline" },
        });
        using var got = await _s3.GetObjectAsync(bucket, key);
        var head = await _s3.GetObjectMetadataAsync(bucket, key);
        using var read = new MemoryStream();
        await got.ResponseStream.CopyToAsync(read);

        var etag = "\"" + Convert.ToHexStringLower(MD5.HashData(data)) + "\"";
        Assert.Equal(etag, put.ETag);
        Assert.Equal(data, read.ToArray());
        Assert.Equal((etag, "application/json", "team", "max-age=60", "inline"),
            (got.ETag, got.Headers.ContentType, got.Metadata["owner"], got.Headers.CacheControl, got.Headers.ContentDisposition));
        Assert.Equal((etag, data.Length), (head.ETag, (int)head.ContentLength));
    }

    [Fact]
    public async Task Missing_keys_are_NoSuchKey_a_bare_404_on_HEAD_and_deleting_them_is_fine()
    {
        var bucket = await Bucket();

        var get = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => _s3.GetObjectAsync(bucket, "absent"));
        var head = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => _s3.GetObjectMetadataAsync(bucket, "absent"));
        var delete = await _s3.DeleteObjectAsync(bucket, "absent");

        Assert.Equal(("NoSuchKey", HttpStatusCode.NotFound), (get.ErrorCode, get.StatusCode));
        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, delete.HttpStatusCode);
    }

    [Fact]
    public async Task A_bucket_with_objects_is_not_deleted_until_they_are()
    {
        var bucket = await Bucket();
        await _s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "k", ContentBody = "v" });

        var refused = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => _s3.DeleteBucketAsync(bucket));
        await _s3.DeleteObjectAsync(bucket, "k");
        await _s3.DeleteBucketAsync(bucket);

        Assert.Equal(("BucketNotEmpty", HttpStatusCode.Conflict), (refused.ErrorCode, refused.StatusCode));
    }

    [Fact]
    public async Task Response_overrides_replace_the_stored_headers_for_one_GET()
    {
        var bucket = await Bucket();
        await _s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "k", ContentBody = "v", ContentType = "text/plain" });

        using var got = await _s3.GetObjectAsync(new GetObjectRequest
        {
            BucketName = bucket, Key = "k", ResponseHeaderOverrides = { ContentType = "application/x-override", ContentDisposition = "attachment" },
        });

        Assert.Equal(("application/x-override", "attachment"), (got.Headers.ContentType, got.Headers.ContentDisposition));
    }

    [Fact]
    public async Task ListObjectsV2_pages_with_tokens_and_groups_by_delimiter()
    {
        var bucket = await Bucket();
        foreach (var key in new[] { "b.txt", "a dir/one", "a dir/two", "c/é" })
            await _s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, ContentBody = key });

        var first = await _s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, MaxKeys = 2 });
        var second = await _s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, MaxKeys = 2, ContinuationToken = first.NextContinuationToken });
        var grouped = await _s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, Delimiter = "/", Encoding = EncodingType.Url });
        var v1 = await _s3.ListObjectsAsync(new ListObjectsRequest { BucketName = bucket, Prefix = "a dir/" });

        Assert.Equal((true, 2), (first.IsTruncated, first.KeyCount));
        Assert.Equal(["a dir/one", "a dir/two"], first.S3Objects.Select(o => o.Key));
        Assert.Equal(["b.txt", "c/é"], second.S3Objects.Select(o => o.Key));
        Assert.False(second.IsTruncated);
        Assert.Equal(["b.txt"], grouped.S3Objects.Select(o => o.Key));
        Assert.Equal(["a dir/", "c/"], grouped.CommonPrefixes.Select(Uri.UnescapeDataString));
        Assert.Equal(["a dir/one", "a dir/two"], v1.S3Objects.Select(o => o.Key));
        Assert.Equal("a dir/one".Length, v1.S3Objects[0].Size);
    }

    [Fact]
    public async Task A_byte_range_is_partial_content()
    {
        var bucket = await Bucket();
        await _s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "k", ContentBody = "0123456789" });

        using var got = await _s3.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = "k", ByteRange = new ByteRange(2, 5) });
        using var read = new StreamReader(got.ResponseStream);

        Assert.Equal((HttpStatusCode.PartialContent, "2345", "bytes 2-5/10"),
            (got.HttpStatusCode, await read.ReadToEndAsync(), got.ContentRange));
    }

    [Fact]
    public async Task Conditional_GETs_answer_304_or_412_as_their_headers_say()
    {
        var bucket = await Bucket();
        var etag = (await _s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "k", ContentBody = "v" })).ETag;
        var lastModified = (await _s3.GetObjectMetadataAsync(bucket, "k")).LastModified!.Value.ToUniversalTime();
        var earlier = lastModified.AddHours(-1);

        using var matched = await _s3.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = "k", EtagToMatch = etag, UnmodifiedSinceDate = earlier });
        var notModified = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() =>
            _s3.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = "k", EtagToNotMatch = etag }));
        var notModifiedSince = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() =>
            _s3.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = "k", ModifiedSinceDate = lastModified }));
        var failed = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() =>
            _s3.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = "k", EtagToMatch = "\"other\"" }));
        var headFailed = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() =>
            _s3.GetObjectMetadataAsync(new GetObjectMetadataRequest { BucketName = bucket, Key = "k", UnmodifiedSinceDate = earlier }));

        Assert.Equal(HttpStatusCode.OK, matched.HttpStatusCode);
        Assert.Equal((HttpStatusCode.NotModified, HttpStatusCode.NotModified), (notModified.StatusCode, notModifiedSince.StatusCode));
        Assert.Equal(("PreconditionFailed", HttpStatusCode.PreconditionFailed), (failed.ErrorCode, failed.StatusCode));
        Assert.Equal(HttpStatusCode.PreconditionFailed, headFailed.StatusCode);
    }
}
