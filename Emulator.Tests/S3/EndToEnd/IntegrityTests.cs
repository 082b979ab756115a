using System.Net;
using System.Text;
using Amazon.S3;
using Amazon.S3.Model;
using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.S3.EndToEnd;

/// <summary>
/// Content-MD5 and flexible checksums through AWSSDK.S3 (which sends its checksum as an aws-chunked trailer). Facts:
/// https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html and LocalStack's recordings on AWS
/// (tests/aws/services/s3/test_s3.snapshot.json: TestS3PutObjectChecksum, TestS3::test_s3_invalid_content_md5).
/// </summary>
public class IntegrityTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    private readonly AmazonS3Client _s3 = server.CreateS3Client();

    [Theory]
    [InlineData("CRC32", "cZWHwQ==")]
    [InlineData("SHA1", "B++3uSfJMSHWToQMQ1g6lIJY5Eo=")]
    [InlineData("SHA256", "2l26x0trnT0r2AvakoFk2MB7eKVKzYESLMxSAKAzoik=")]
    public async Task A_checksum_the_SDK_computes_is_verified_kept_and_returned_when_asked(string algorithm, string expected)
    {
        var bucket = await TestBuckets.CreateAsync(_s3, "checksums");

        var put = await _s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket, Key = "k", ContentBody = "test data..", ChecksumAlgorithm = new ChecksumAlgorithm(algorithm),
        });
        var head = await _s3.GetObjectMetadataAsync(new GetObjectMetadataRequest { BucketName = bucket, Key = "k", ChecksumMode = ChecksumMode.ENABLED });
        var plainHead = await _s3.GetObjectMetadataAsync(bucket, "k");

        Assert.Equal(expected, Checksum(put.ChecksumCRC32, put.ChecksumCRC32C, put.ChecksumCRC64NVME, put.ChecksumSHA1, put.ChecksumSHA256));
        Assert.Equal(expected, Checksum(head.ChecksumCRC32, head.ChecksumCRC32C, head.ChecksumCRC64NVME, head.ChecksumSHA1, head.ChecksumSHA256));
        Assert.Equal("FULL_OBJECT", head.ChecksumType?.Value);
        Assert.Null(Checksum(plainHead.ChecksumCRC32, plainHead.ChecksumCRC32C, plainHead.ChecksumCRC64NVME, plainHead.ChecksumSHA1,
            plainHead.ChecksumSHA256));
    }

    [Fact]
    public async Task A_wrong_checksum_header_is_BadDigest_and_a_malformed_one_InvalidRequest()
    {
        var bucket = await TestBuckets.CreateAsync(_s3, "checksums");

        var wrong = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => _s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket, Key = "k", ContentBody = "test data..", ChecksumSHA256 = "2l26x0trnT0r2AvakoFk2MB7eKVKzYESLMxSAKAzoiA=",
        }));
        var malformed = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => _s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket, Key = "k", ContentBody = "test data..", ChecksumCRC32 = "wrong",
        }));

        Assert.Equal(("BadDigest", "The SHA256 you specified did not match the calculated checksum.", HttpStatusCode.BadRequest),
            (wrong.ErrorCode, wrong.Message, wrong.StatusCode));
        Assert.Equal(("InvalidRequest", "Value for x-amz-checksum-crc32 header is invalid."), (malformed.ErrorCode, malformed.Message));
        await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => _s3.GetObjectMetadataAsync(bucket, "k"));
    }

    [Fact]
    public async Task Content_MD5_is_verified()
    {
        var bucket = await TestBuckets.CreateAsync(_s3, "md5");
        var md5 = Convert.ToBase64String(System.Security.Cryptography.MD5.HashData(Encoding.UTF8.GetBytes("right")));

        await _s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "ok", ContentBody = "right", MD5Digest = md5 });
        var bad = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() =>
            _s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "bad", ContentBody = "wrong", MD5Digest = md5 }));

        Assert.Equal(("BadDigest", "The Content-MD5 you specified did not match what we received."), (bad.ErrorCode, bad.Message));
    }

    [Fact]
    public async Task An_object_uploaded_without_a_checksum_gets_S3s_CRC64NVME()
    {
        var bucket = await TestBuckets.CreateAsync(_s3, "default-checksum");
        using var http = server.CreateHttpClient();

        var put = await http.PutAsync($"/{bucket}/plain", new StringContent("test data.."));
        var head = await _s3.GetObjectMetadataAsync(new GetObjectMetadataRequest { BucketName = bucket, Key = "plain", ChecksumMode = ChecksumMode.ENABLED });

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(("qUVrWYOrIAM=", "FULL_OBJECT"), (head.ChecksumCRC64NVME, head.ChecksumType?.Value));
    }

    /// <summary>AWSSDK.S3 computes CRC32C and CRC64NVME only with the AWS CRT package; these headers are sent as a client computes them.</summary>
    [Theory]
    [InlineData("x-amz-checksum-crc32c", "Pf4upw==", "Pf4upw==")]
    [InlineData("x-amz-checksum-crc64nvme", "qUVrWYOrIAM=", "qUVrWYOrIAM=")]
    [InlineData("x-amz-checksum-crc32c", "AAAAAA==", null)]
    public async Task CRC32C_and_CRC64NVME_headers_are_verified(string header, string value, string? stored)
    {
        var bucket = await TestBuckets.CreateAsync(_s3, "crc");
        using var http = server.CreateHttpClient();
        var content = new StringContent("test data..");
        content.Headers.Add(header, value);

        var put = await http.PutAsync($"/{bucket}/k", content);
        var answer = await put.Content.ReadAsStringAsync();

        if (stored is null)
        {
            Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
            Assert.Contains("<Code>BadDigest</Code>", answer);
            return;
        }
        var head = await _s3.GetObjectMetadataAsync(new GetObjectMetadataRequest { BucketName = bucket, Key = "k", ChecksumMode = ChecksumMode.ENABLED });
        Assert.Equal(stored, header.EndsWith("crc32c") ? head.ChecksumCRC32C : head.ChecksumCRC64NVME);
        Assert.Equal(stored, put.Headers.GetValues(header).Single());
    }

    private static string? Checksum(params string?[] values) => values.SingleOrDefault(v => v is not null);
}
