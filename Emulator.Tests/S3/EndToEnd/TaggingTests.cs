using System.Net;
using Amazon.S3;
using Amazon.S3.Model;
using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.S3.EndToEnd;

/// <summary>
/// Object and bucket tagging through AWSSDK.S3. Facts: https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-tagging.html
/// (10 tags per object), https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketTagging.html (NoSuchTagSet).
/// </summary>
public class TaggingTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    private readonly AmazonS3Client _s3 = server.CreateS3Client();

    [Fact]
    public async Task Object_tags_come_with_the_upload_are_replaced_whole_and_deleted()
    {
        var bucket = await TestBuckets.CreateAsync(_s3, "tags");
        await _s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "k", ContentBody = "v", TagSet = [new() { Key = "stage", Value = "raw data" }] });
        var uploaded = await _s3.GetObjectTaggingAsync(new GetObjectTaggingRequest { BucketName = bucket, Key = "k" });

        await _s3.PutObjectTaggingAsync(new PutObjectTaggingRequest { BucketName = bucket, Key = "k", Tagging = new Tagging { TagSet = [new() { Key = "owner", Value = "team" }] } });
        var replaced = await _s3.GetObjectTaggingAsync(new GetObjectTaggingRequest { BucketName = bucket, Key = "k" });
        await _s3.DeleteObjectTaggingAsync(new DeleteObjectTaggingRequest { BucketName = bucket, Key = "k" });
        var deleted = await _s3.GetObjectTaggingAsync(new GetObjectTaggingRequest { BucketName = bucket, Key = "k" });

        Assert.Equal([("stage", "raw data")], uploaded.Tagging.Select(t => (t.Key, t.Value)));
        Assert.Equal([("owner", "team")], replaced.Tagging.Select(t => (t.Key, t.Value)));
        Assert.Empty(deleted.Tagging ?? []);
    }

    [Fact]
    public async Task More_than_ten_object_tags_are_refused()
    {
        var bucket = await TestBuckets.CreateAsync(_s3, "tags");
        await _s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "k", ContentBody = "v" });

        var refused = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => _s3.PutObjectTaggingAsync(new PutObjectTaggingRequest
        {
            BucketName = bucket, Key = "k", Tagging = new Tagging { TagSet = Enumerable.Range(0, 11).Select(i => new Tag { Key = "k" + i, Value = "v" }).ToList() },
        }));

        Assert.Equal(("BadRequest", HttpStatusCode.BadRequest), (refused.ErrorCode, refused.StatusCode));
    }

    [Fact]
    public async Task Bucket_tags_until_deleted_then_NoSuchTagSet()
    {
        var bucket = await TestBuckets.CreateAsync(_s3, "tags");
        await _s3.PutBucketTaggingAsync(new PutBucketTaggingRequest { BucketName = bucket, TagSet = [new() { Key = "team", Value = "data" }] });

        var tags = await _s3.GetBucketTaggingAsync(new GetBucketTaggingRequest { BucketName = bucket });
        await _s3.DeleteBucketTaggingAsync(new DeleteBucketTaggingRequest { BucketName = bucket });
        var none = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => _s3.GetBucketTaggingAsync(new GetBucketTaggingRequest { BucketName = bucket }));

        Assert.Equal([("team", "data")], tags.TagSet.Select(t => (t.Key, t.Value)));
        Assert.Equal(("NoSuchTagSet", HttpStatusCode.NotFound), (none.ErrorCode, none.StatusCode));
    }
}
