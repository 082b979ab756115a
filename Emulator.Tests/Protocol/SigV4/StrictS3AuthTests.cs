using System.Net;
using System.Text;
using Amazon.S3;
using Amazon.S3.Model;
using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Protocol.SigV4;

/// <summary>Strict mode through AWSSDK.S3 and presigned URLs over HTTP, and payloads the SDK would not send.</summary>
public class StrictS3AuthTests
{
    private static readonly string[] Strict = StrictSqsAuthTests.Strict;

    [Fact]
    public Task An_upload_with_chunk_signatures_and_a_download_are_served() => EmulatorServer.WithServer(Strict, async server =>
    {
        using var s3 = server.CreateS3Client("111111111111", secret: "secret-a");
        var bucket = await Bucket(s3);
        var body = new string('x', 200_000);
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "k", ContentBody = body, UseChunkEncoding = true });
        using var got = await s3.GetObjectAsync(bucket, "k");
        Assert.Equal(body, await new StreamReader(got.ResponseStream).ReadToEndAsync());
    });

    [Fact]
    public Task A_wrong_secret_is_refused_with_SignatureDoesNotMatch_and_the_string_S3_signed() => EmulatorServer.WithServer(Strict, async server =>
    {
        using var s3 = server.CreateS3Client("111111111111", secret: "secret-b");
        var error = await Assert.ThrowsAsync<AmazonS3Exception>(() => s3.ListBucketsAsync());
        Assert.Equal(("SignatureDoesNotMatch", HttpStatusCode.Forbidden), (error.ErrorCode, error.StatusCode));
    });

    [Fact]
    public Task An_unknown_access_key_is_refused_with_InvalidAccessKeyId() => EmulatorServer.WithServer(Strict, async server =>
    {
        using var s3 = server.CreateS3Client("AKIDUNKNOWN", secret: "secret-a");
        var error = await Assert.ThrowsAsync<AmazonS3Exception>(() => s3.ListBucketsAsync());
        Assert.Equal(("InvalidAccessKeyId", HttpStatusCode.Forbidden), (error.ErrorCode, error.StatusCode));
    });

    [Fact]
    public Task A_request_far_from_the_emulators_clock_is_refused_with_RequestTimeTooSkewed() => EmulatorServer.WithServer(Strict, async server =>
    {
        using var s3 = server.CreateS3Client();
        server.AdvanceClock(TimeSpan.FromMinutes(20));
        var error = await Assert.ThrowsAsync<AmazonS3Exception>(() => s3.ListBucketsAsync());
        Assert.Equal(("RequestTimeTooSkewed", HttpStatusCode.Forbidden), (error.ErrorCode, error.StatusCode));
    });

    [Fact]
    public Task A_presigned_URL_serves_until_it_expires_and_not_once_tampered_with() => EmulatorServer.WithServer(Strict, async server =>
    {
        using var s3 = server.CreateS3Client();
        var bucket = await Bucket(s3);
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "k", ContentBody = "shared" });
        var url = await s3.GetPreSignedURLAsync(new GetPreSignedUrlRequest
        {
            BucketName = bucket, Key = "k", Verb = HttpVerb.GET, Protocol = Amazon.S3.Protocol.HTTP, Expires = DateTime.UtcNow.AddMinutes(5),
        });
        using var http = new HttpClient();

        Assert.Equal("shared", await http.GetStringAsync(url));

        using var tampered = await http.GetAsync(url.Replace("/k?", "/other?"));
        Assert.Equal(HttpStatusCode.Forbidden, tampered.StatusCode);
        Assert.Contains("<Code>SignatureDoesNotMatch</Code>", await tampered.Content.ReadAsStringAsync());

        using var unsigned = await http.GetAsync(url[..url.IndexOf('?')]);
        Assert.Equal(HttpStatusCode.Forbidden, unsigned.StatusCode);
        Assert.Contains("<Code>AccessDenied</Code><Message>Access Denied</Message>", await unsigned.Content.ReadAsStringAsync());

        server.AdvanceClock(TimeSpan.FromMinutes(6));
        using var expired = await http.GetAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        Assert.Contains("<Code>AccessDenied</Code><Message>Request has expired</Message><X-Amz-Expires>", await expired.Content.ReadAsStringAsync());
    });

    [Fact]
    public Task A_body_unlike_its_signed_hash_is_refused_with_XAmzContentSHA256Mismatch() => EmulatorServer.WithServer(Strict, async server =>
    {
        using var s3 = server.CreateS3Client();
        var bucket = await Bucket(s3);
        var signer = new TestSigner("test", "test", DateTime.UtcNow);
        var signedHash = TestSigner.Hash("what was signed");

        using var response = await Put(server, signer, $"/{bucket}/k", signedHash, [], Encoding.UTF8.GetBytes("what was sent"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.Content.ReadAsStringAsync();
        Assert.Contains("<Code>XAmzContentSHA256Mismatch</Code>", error);
        Assert.Contains($"<ClientComputedContentSHA256>{signedHash}</ClientComputedContentSHA256>", error);
    });

    [Fact]
    public Task Chunks_are_stored_only_while_each_signature_follows_from_the_one_before() => EmulatorServer.WithServer(Strict, async server =>
    {
        using var s3 = server.CreateS3Client();
        var bucket = await Bucket(s3);
        var signer = new TestSigner("test", "test", DateTime.UtcNow);
        byte[][] chunks = [Encoding.UTF8.GetBytes("first chunk "), Encoding.UTF8.GetBytes("second chunk")];

        using (var good = await PutChunks(server, signer, $"/{bucket}/good", chunks, tamper: false))
            Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        using (var bad = await PutChunks(server, signer, $"/{bucket}/bad", chunks, tamper: true))
        {
            Assert.Equal(HttpStatusCode.Forbidden, bad.StatusCode);
            Assert.Contains("<Code>SignatureDoesNotMatch</Code>", await bad.Content.ReadAsStringAsync());
        }

        using var got = await s3.GetObjectAsync(bucket, "good");
        Assert.Equal("first chunk second chunk", await new StreamReader(got.ResponseStream).ReadToEndAsync());
        var missing = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => s3.GetObjectAsync(bucket, "bad"));
        Assert.Equal("NoSuchKey", missing.ErrorCode);
    });

    /// <summary>An aws-chunked upload signed chunk by chunk; with <paramref name="tamper"/> the second chunk's data is not what was signed.</summary>
    private static async Task<HttpResponseMessage> PutChunks(EmulatorServer server, TestSigner signer, string path, byte[][] chunks, bool tamper)
    {
        var length = chunks.Sum(c => c.Length);
        var (authorization, seed) = signer.Sign("PUT", path, Headers(server, signer, "STREAMING-AWS4-HMAC-SHA256-PAYLOAD",
            [("content-encoding", "aws-chunked"), ("x-amz-decoded-content-length", length.ToString())]), "STREAMING-AWS4-HMAC-SHA256-PAYLOAD");
        var body = new MemoryStream();
        var previous = seed;
        foreach (var chunk in chunks.Append([]))
        {
            previous = signer.ChunkSignature(previous, chunk);
            body.Write(Encoding.ASCII.GetBytes($"{chunk.Length:x};chunk-signature={previous}\r\n"));
            body.Write(tamper && chunk == chunks[1] ? Encoding.UTF8.GetBytes("second chunK") : chunk);
            body.Write("\r\n"u8);
        }
        return await Send(server, signer, path, authorization, "STREAMING-AWS4-HMAC-SHA256-PAYLOAD", body.ToArray(),
            [("Content-Encoding", "aws-chunked"), ("x-amz-decoded-content-length", length.ToString())]);
    }

    private static Task<HttpResponseMessage> Put(EmulatorServer server, TestSigner signer, string path, string payloadHash,
        (string, string)[] extra, byte[] body)
    {
        var (authorization, _) = signer.Sign("PUT", path, Headers(server, signer, payloadHash, extra), payloadHash);
        return Send(server, signer, path, authorization, payloadHash, body, extra);
    }

    private static List<(string Name, string Value)> Headers(EmulatorServer server, TestSigner signer, string payloadHash, (string, string)[] extra) =>
        [.. new[] { ("host", new Uri(server.BaseUrl).Authority), ("x-amz-content-sha256", payloadHash), ("x-amz-date", signer.AmzDate) }
            .Concat(extra).OrderBy(h => h.Item1, StringComparer.Ordinal)];

    private static async Task<HttpResponseMessage> Send(EmulatorServer server, TestSigner signer, string path, string authorization, string payloadHash,
        byte[] body, (string Name, string Value)[] extra)
    {
        using var http = server.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = new ByteArrayContent(body) };
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        request.Headers.TryAddWithoutValidation("x-amz-date", signer.AmzDate);
        request.Headers.TryAddWithoutValidation("x-amz-content-sha256", payloadHash);
        foreach (var (name, value) in extra)
            if (!request.Headers.TryAddWithoutValidation(name, value)) request.Content.Headers.TryAddWithoutValidation(name, value);
        return await http.SendAsync(request);
    }

    private static async Task<string> Bucket(AmazonS3Client s3)
    {
        var bucket = EmulatorServer.UniqueName("b");
        await s3.PutBucketAsync(bucket);
        return bucket;
    }
}
