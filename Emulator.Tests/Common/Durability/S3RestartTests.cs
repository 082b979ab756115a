using Amazon.S3.Model;
using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Common.Durability;

/// <summary>Durable mode keeps S3's buckets and objects (single, multipart, copied, retagged) through kill -9; deleted ones stay deleted.</summary>
public class S3RestartTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("emulator-data-").FullName;

    [Fact]
    public async Task Objects_and_their_descriptions_survive_a_kill_and_deleted_ones_and_their_files_are_gone()
    {
        var part = new byte[5 * 1024 * 1024];
        Random.Shared.NextBytes(part);
        string multipartETag;
        using (var first = await EmulatorProcess.StartAsync("--data-dir", _directory))
        {
            using var s3 = first.CreateS3Client();
            await s3.PutBucketAsync("fixtures");
            await s3.PutBucketTaggingAsync(new PutBucketTaggingRequest { BucketName = "fixtures", TagSet = [new Tag { Key = "team", Value = "qa" }] });
            await s3.PutObjectAsync(new PutObjectRequest
            {
                BucketName = "fixtures", Key = "data/one.json", ContentBody = """{"n":1}""", ContentType = "application/json",
                Metadata = { ["origin"] = "test" }, TagSet = [new Tag { Key = "kind", Value = "json" }],
            });
            await s3.PutObjectAsync(new PutObjectRequest { BucketName = "fixtures", Key = "gone.txt", ContentBody = "deleted" });
            await s3.CopyObjectAsync("fixtures", "data/one.json", "fixtures", "data/copy.json");
            var upload = await s3.InitiateMultipartUploadAsync("fixtures", "big.bin");
            var etags = new List<PartETag>();
            for (var number = 1; number <= 2; number++)
                etags.Add(new PartETag(number, (await s3.UploadPartAsync(new UploadPartRequest
                {
                    BucketName = "fixtures", Key = "big.bin", UploadId = upload.UploadId, PartNumber = number, InputStream = new MemoryStream(part),
                })).ETag));
            multipartETag = (await s3.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest
            {
                BucketName = "fixtures", Key = "big.bin", UploadId = upload.UploadId, PartETags = etags,
            })).ETag;
            await s3.InitiateMultipartUploadAsync("fixtures", "never-completed.bin");
            await s3.DeleteObjectAsync("fixtures", "gone.txt");
            first.Signal("KILL");
            await first.WaitForExitAsync(TimeSpan.FromSeconds(5));
        }

        using var second = await EmulatorProcess.StartAsync("--data-dir", _directory);
        using var client = second.CreateS3Client();
        var listed = await client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "fixtures" });
        Assert.Equal(["big.bin", "data/copy.json", "data/one.json"], listed.S3Objects.Select(o => o.Key));
        using (var one = await client.GetObjectAsync("fixtures", "data/one.json"))
        {
            Assert.Equal("""{"n":1}""", await new StreamReader(one.ResponseStream).ReadToEndAsync());
            Assert.Equal(("application/json", "test"), (one.Headers.ContentType, one.Metadata["origin"]));
        }
        Assert.Equal("json", Assert.Single((await client.GetObjectTaggingAsync(new GetObjectTaggingRequest { BucketName = "fixtures", Key = "data/one.json" })).Tagging).Value);
        using (var copy = await client.GetObjectAsync("fixtures", "data/copy.json"))
            Assert.Equal("""{"n":1}""", await new StreamReader(copy.ResponseStream).ReadToEndAsync());
        using (var big = await client.GetObjectAsync("fixtures", "big.bin"))
        {
            var bytes = new MemoryStream();
            await big.ResponseStream.CopyToAsync(bytes);
            Assert.Equal(part.Concat(part), bytes.ToArray());
            Assert.Equal(multipartETag, big.ETag);
        }
        Assert.Equal("qa", Assert.Single((await client.GetBucketTaggingAsync(new GetBucketTaggingRequest { BucketName = "fixtures" })).TagSet).Value);
        Assert.Empty((await client.ListMultipartUploadsAsync("fixtures")).MultipartUploads ?? []);
        // One file for one.json and its copy, one for the completed upload: the deleted object's and the parts' are gone.
        Assert.Equal(2, Directory.GetFiles(Path.Combine(_directory, "s3")).Length);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
