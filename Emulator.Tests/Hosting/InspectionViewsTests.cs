using System.Net;
using System.Text;
using Amazon.S3.Model;
using Emulator.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace Emulator.Tests.Hosting;

/// <summary>
/// What the dashboard reads: Kinesis streams and records, S3 buckets and objects, the SNS delivery log, the Firehose
/// flush; and the dashboard's own files, served from the assembly with a policy that loads nothing from elsewhere.
/// </summary>
public class InspectionViewsTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    private readonly HttpClient _http = server.CreateHttpClient();

    [Fact]
    public async Task Kinesis_streams_show_their_shards_and_a_shard_s_newest_records_without_an_iterator()
    {
        await Kinesis("CreateStream", """{"StreamName":"clicks","ShardCount":2}""");
        for (var i = 0; i < 3; i++)
            await Kinesis("PutRecord", $$"""{"StreamName":"clicks","PartitionKey":"k","ExplicitHashKey":"0","Data":"{{Convert.ToBase64String(Encoding.UTF8.GetBytes($"click {i}"))}}"}""");

        var stream = JArray.Parse(await _http.GetStringAsync("/_emulator/kinesis/streams")).Single(s => (string)s["name"]! == "clicks");
        var shards = (JArray)stream["shards"]!;
        Assert.Equal(2, shards.Count);
        Assert.Equal([3L, 0L], shards.Select(s => (long)s["records"]!));

        var page = JObject.Parse(await _http.GetStringAsync("/_emulator/kinesis/streams/000000000000/us-east-1/clicks/shards/shardId-000000000000/records?limit=2"));
        Assert.Equal(["click 1", "click 2"], page["records"]!.Select(r => (string)r["text"]!));
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("/_emulator/kinesis/streams/000000000000/us-east-1/clicks/shards/shardId-000000000009/records")).StatusCode);
    }

    [Fact]
    public async Task Buckets_show_their_totals_and_objects()
    {
        var s3 = server.CreateS3Client();
        var bucket = EmulatorServer.UniqueName("inspect").ToLowerInvariant();
        await s3.PutBucketAsync(bucket);
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "a/1.txt", ContentBody = "hello" });
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "b/2.txt", ContentBody = "world!" });

        var listed = JArray.Parse(await _http.GetStringAsync("/_emulator/s3/buckets")).Single(b => (string)b["name"]! == bucket);
        Assert.Equal((2, 11), ((int)listed["objects"]!, (int)listed["bytes"]!));
        var objects = JObject.Parse(await _http.GetStringAsync($"/_emulator/s3/buckets/{bucket}/objects?prefix=b/"))["objects"]!;
        Assert.Equal("b/2.txt", (string)Assert.Single(objects)["key"]!);
    }

    [Fact]
    public async Task The_delivery_log_shows_each_http_attempt_with_its_error_and_the_retry_after_the_clock_moves()
    {
        var endpoint = $"http://127.0.0.1:{HttpSubscriber.FreePort()}/nobody-listens";
        var topic = await SnsCalls.ValueAsync(_http, "CreateTopic", "TopicArn", ("Name", EmulatorServer.UniqueName("log")));
        await SnsCalls.ValueAsync(_http, "Subscribe", "SubscriptionArn", ("TopicArn", topic), ("Protocol", "http"), ("Endpoint", endpoint));

        var first = await SnsCalls.AttemptsAsync(_http, endpoint, count: 1);
        Assert.Equal(("retrying", 1), ((string)first[0]["outcome"]!, (int)first[0]["attempt"]!));
        Assert.False(string.IsNullOrEmpty((string?)first[0]["error"]));

        server.AdvanceClock(TimeSpan.FromMinutes(1));
        var second = await SnsCalls.AttemptsAsync(_http, endpoint, count: 2);
        Assert.Equal(2, (int)second[1]["attempt"]!);
    }

    [Fact]
    public async Task Flush_delivers_a_buffer_without_waiting_for_its_interval()
    {
        var s3 = server.CreateS3Client();
        var bucket = EmulatorServer.UniqueName("flush").ToLowerInvariant();
        var name = EmulatorServer.UniqueName("flush");
        await s3.PutBucketAsync(bucket);
        await Firehose("CreateDeliveryStream", $$$"""{"DeliveryStreamName":"{{{name}}}","ExtendedS3DestinationConfiguration":{"RoleARN":"arn:aws:iam::000000000000:role/f","BucketARN":"arn:aws:s3:::{{{bucket}}}","BufferingHints":{"IntervalInSeconds":900,"SizeInMBs":128} } }""");
        await Firehose("PutRecord", $$$"""{"DeliveryStreamName":"{{{name}}}","Record":{"Data":"{{{Convert.ToBase64String("x\n"u8.ToArray())}}}"}}""");

        var flushed = await _http.PostAsync($"/_emulator/firehose/delivery-streams/000000000000/us-east-1/{name}/flush", null);
        Assert.Equal(HttpStatusCode.OK, flushed.StatusCode);
        // Delivery runs on the stream's worker: a short wall-clock wait for it, never for the 900-second interval.
        var deadline = DateTime.UtcNow.AddSeconds(5);
        var listed = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket });
        while ((listed.S3Objects?.Count ?? 0) == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
            listed = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket });
        }
        Assert.Single(listed.S3Objects ?? []);
    }

    [Fact]
    public async Task The_dashboard_is_served_from_the_emulator_and_loads_nothing_from_elsewhere()
    {
        var page = await _http.GetAsync("/_emulator/ui");
        var script = await _http.GetAsync("/_emulator/ui/app.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain("http", (await page.Content.ReadAsStringAsync()).Replace("http-equiv", ""), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("/_emulator/ui/missing.js")).StatusCode);
    }

    private Task Kinesis(string operation, string json) => JsonCalls.Kinesis(_http, operation, json);

    private Task Firehose(string operation, string json) => JsonCalls.Firehose(_http, operation, json);
}
