using System.Net;
using System.Security.Cryptography;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.S3.Transfer;
using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.S3.EndToEnd;

/// <summary>
/// Multipart uploads through AWSSDK.S3 and its TransferUtility. Facts: the API reference pages of the operations,
/// https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpuoverview.html (5 MiB minimum part, ETag of the parts' MD5s),
/// and LocalStack's recordings on AWS (tests/aws/services/s3/test_s3.snapshot.json: TestS3::test_multipart_and_list_parts,
/// test_multipart_complete_multipart_too_small, test_multipart_complete_multipart_wrong_part, test_complete_multipart_parts_order,
/// test_get_object_part).
/// </summary>
public class MultipartTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    private const int FiveMiB = 5 * 1024 * 1024;
    private readonly AmazonS3Client _s3 = server.CreateS3Client();

    [Fact]
    public async Task Parts_become_one_object_with_the_ETag_of_their_MD5s_and_each_part_can_be_read_again()
    {
        var bucket = await TestBuckets.CreateAsync(_s3, "multipart");
        var first = Bytes(FiveMiB, 1);
        var second = "test content 123"u8.ToArray();
        var upload = await _s3.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest { BucketName = bucket, Key = "big", ContentType = "text/csv" });

        var part1 = await UploadPart(bucket, "big", upload.UploadId, 1, first);
        var part2 = await UploadPart(bucket, "big", upload.UploadId, 2, second);
        var listed = await _s3.ListPartsAsync(new ListPartsRequest { BucketName = bucket, Key = "big", UploadId = upload.UploadId });
        var uploads = await _s3.ListMultipartUploadsAsync(bucket);
        var complete = await _s3.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest
        {
            BucketName = bucket, Key = "big", UploadId = upload.UploadId,
            PartETags = [new PartETag(1, part1.ETag), new PartETag(2, part2.ETag)],
        });
        using var whole = await _s3.GetObjectAsync(bucket, "big");
        using var secondPart = await _s3.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = "big", PartNumber = 2 });

        var md5s = MD5.HashData(first).Concat(MD5.HashData(second)).ToArray();
        var etag = "\"" + Convert.ToHexStringLower(MD5.HashData(md5s)) + "-2\"";
        Assert.Equal([(1, (long)FiveMiB), (2, 16L)], listed.Parts.Select(p => (p.PartNumber!.Value, p.Size!.Value)));
        Assert.Equal(upload.UploadId, Assert.Single(uploads.MultipartUploads).UploadId);
        Assert.Equal((etag, etag, "text/csv"), (complete.ETag, whole.ETag, whole.Headers.ContentType));
        Assert.Equal(first.Concat(second).ToArray(), await Read(whole));
        Assert.Equal(("test content 123", 2, $"bytes {FiveMiB}-{FiveMiB + 15}/{FiveMiB + 16}"),
            (System.Text.Encoding.ASCII.GetString(await Read(secondPart)), secondPart.PartsCount, secondPart.ContentRange));
        Assert.Empty((await _s3.ListMultipartUploadsAsync(bucket)).MultipartUploads ?? []);
        var gone = await Assert.ThrowsAsync<AmazonS3Exception>(() =>
            _s3.ListPartsAsync(new ListPartsRequest { BucketName = bucket, Key = "big", UploadId = upload.UploadId }));
        Assert.Equal(("NoSuchUpload", HttpStatusCode.NotFound), (gone.ErrorCode, gone.StatusCode));
    }

    [Fact]
    public async Task A_small_part_other_than_the_last_is_EntityTooSmall_and_a_wrong_ETag_or_order_is_refused()
    {
        var bucket = await TestBuckets.CreateAsync(_s3, "multipart");
        var upload = await _s3.InitiateMultipartUploadAsync(bucket, "k");
        var part1 = await UploadPart(bucket, "k", upload.UploadId, 1, "tiny"u8.ToArray());
        var part2 = await UploadPart(bucket, "k", upload.UploadId, 2, "tail"u8.ToArray());

        Task<CompleteMultipartUploadResponse> Complete(params PartETag[] parts) => _s3.CompleteMultipartUploadAsync(
            new CompleteMultipartUploadRequest { BucketName = bucket, Key = "k", UploadId = upload.UploadId, PartETags = [.. parts] });

        var small = await Assert.ThrowsAsync<AmazonS3Exception>(() => Complete(new PartETag(1, part1.ETag), new PartETag(2, part2.ETag)));
        var wrongETag = await Assert.ThrowsAsync<AmazonS3Exception>(() => Complete(new PartETag(1, "\"d41d8cd98f00b204e9800998ecf8427e\"")));
        var missing = await Assert.ThrowsAsync<AmazonS3Exception>(() => Complete(new PartETag(3, part1.ETag)));

        Assert.Equal(("EntityTooSmall", "Your proposed upload is smaller than the minimum allowed size"), (small.ErrorCode, small.Message));
        Assert.Equal("InvalidPart", wrongETag.ErrorCode);
        Assert.Equal("InvalidPart", missing.ErrorCode);
        var single = await Complete(new PartETag(1, part1.ETag));
        Assert.EndsWith("-1\"", single.ETag);
    }

    [Fact]
    public async Task Parts_out_of_order_are_InvalidPartOrder_seen_on_the_wire()
    {
        var bucket = await TestBuckets.CreateAsync(_s3, "multipart");
        var upload = await _s3.InitiateMultipartUploadAsync(bucket, "k");
        var part1 = await UploadPart(bucket, "k", upload.UploadId, 1, "x"u8.ToArray());
        var part2 = await UploadPart(bucket, "k", upload.UploadId, 2, "y"u8.ToArray());
        using var http = server.CreateHttpClient();

        var body = $"<CompleteMultipartUpload><Part><PartNumber>2</PartNumber><ETag>{part2.ETag}</ETag></Part>" +
                   $"<Part><PartNumber>1</PartNumber><ETag>{part1.ETag}</ETag></Part></CompleteMultipartUpload>";
        var response = await http.PostAsync($"/{bucket}/k?uploadId={Uri.EscapeDataString(upload.UploadId)}", new StringContent(body));
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        Assert.True(text.Contains("<Code>InvalidPartOrder</Code>"), text);
        Assert.Contains($"<UploadId>{upload.UploadId}</UploadId>", text);
    }

    [Fact]
    public async Task Aborting_ends_the_upload_and_a_part_number_outside_1_to_10000_is_refused()
    {
        var bucket = await TestBuckets.CreateAsync(_s3, "multipart");
        var upload = await _s3.InitiateMultipartUploadAsync(bucket, "k");

        var badNumber = await Assert.ThrowsAsync<AmazonS3Exception>(() => UploadPart(bucket, "k", upload.UploadId, 10_001, [1]));
        var aborted = await _s3.AbortMultipartUploadAsync(bucket, "k", upload.UploadId);
        var afterAbort = await Assert.ThrowsAsync<AmazonS3Exception>(() => UploadPart(bucket, "k", upload.UploadId, 1, [1]));

        Assert.Equal(("InvalidArgument", "Part number must be an integer between 1 and 10000, inclusive"), (badNumber.ErrorCode, badNumber.Message));
        Assert.Equal(HttpStatusCode.NoContent, aborted.HttpStatusCode);
        Assert.Equal("NoSuchUpload", afterAbort.ErrorCode);
    }

    [Fact]
    public async Task UploadPartCopy_copies_a_byte_range_of_another_object()
    {
        var bucket = await TestBuckets.CreateAsync(_s3, "multipart");
        await _s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "source", ContentBody = "0123456789" });
        var upload = await _s3.InitiateMultipartUploadAsync(bucket, "copy");

        var copied = await _s3.CopyPartAsync(new CopyPartRequest
        {
            SourceBucket = bucket, SourceKey = "source", DestinationBucket = bucket, DestinationKey = "copy", UploadId = upload.UploadId,
            PartNumber = 1, FirstByte = 2, LastByte = 5,
        });
        var outside = await Assert.ThrowsAsync<AmazonS3Exception>(() => _s3.CopyPartAsync(new CopyPartRequest
        {
            SourceBucket = bucket, SourceKey = "source", DestinationBucket = bucket, DestinationKey = "copy", UploadId = upload.UploadId,
            PartNumber = 2, FirstByte = 0, LastByte = 100,
        }));
        await _s3.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest
        {
            BucketName = bucket, Key = "copy", UploadId = upload.UploadId, PartETags = [new PartETag(1, copied.ETag)],
        });
        using var got = await _s3.GetObjectAsync(bucket, "copy");

        Assert.Equal("2345", System.Text.Encoding.ASCII.GetString(await Read(got)));
        Assert.Equal(("InvalidArgument", "Range specified is not valid for source object of size: 10"), (outside.ErrorCode, outside.Message));
    }

    [Fact]
    public async Task TransferUtility_uploads_a_large_file_in_parts_and_downloads_it_again()
    {
        var bucket = await TestBuckets.CreateAsync(_s3, "transfer");
        var data = Bytes(12 * 1024 * 1024, 3);
        var transfer = new TransferUtility(_s3, new TransferUtilityConfig { MinSizeBeforePartUpload = FiveMiB });

        await transfer.UploadAsync(new TransferUtilityUploadRequest
        {
            BucketName = bucket, Key = "large.bin", InputStream = new MemoryStream(data), PartSize = FiveMiB,
        });
        var head = await _s3.GetObjectMetadataAsync(bucket, "large.bin");
        using var got = await _s3.GetObjectAsync(bucket, "large.bin");

        Assert.EndsWith("-3\"", head.ETag);
        Assert.Equal(data, await Read(got));
    }

    private Task<UploadPartResponse> UploadPart(string bucket, string key, string uploadId, int number, byte[] data) =>
        _s3.UploadPartAsync(new UploadPartRequest
        {
            BucketName = bucket, Key = key, UploadId = uploadId, PartNumber = number, InputStream = new MemoryStream(data),
        });

    private static byte[] Bytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static async Task<byte[]> Read(GetObjectResponse response)
    {
        using var read = new MemoryStream();
        await response.ResponseStream.CopyToAsync(read);
        return read.ToArray();
    }
}
