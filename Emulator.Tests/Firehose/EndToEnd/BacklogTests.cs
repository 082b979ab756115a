using System.Net;
using System.Text;
using Amazon.S3.Model;
using Emulator.Tests.Infrastructure;
using Emulator.Tests.S3.EndToEnd;
using Newtonsoft.Json.Linq;

namespace Emulator.Tests.Firehose.EndToEnd;

/// <summary>
/// <c>--firehose-backlog</c>: a delivery stream holds at most so many bytes its destination has not taken; past that,
/// direct puts answer ServiceUnavailableException (counted in the inspection view) and a Kinesis source waits, losing nothing.
/// </summary>
public class BacklogTests
{
    private static readonly string Record = new('x', 600);

    [Fact]
    public async Task A_full_backlog_refuses_puts_with_a_503_until_a_flush_delivers_it()
    {
        await EmulatorServer.WithServer(["--firehose-backlog", "1KB"], async server =>
        {
            using var http = server.CreateHttpClient();
            var bucket = await TestBuckets.CreateAsync(server.CreateS3Client(), "backlog");
            var name = EmulatorServer.UniqueName("backlog");
            await JsonCalls.Firehose(http, "CreateDeliveryStream", new { DeliveryStreamName = name, ExtendedS3DestinationConfiguration = S3Destination(bucket) });

            await Put(http, name);
            await Put(http, name);
            var (refused, text) = await JsonCalls.SendAsync(http, "firehose", "Firehose_20150804.PutRecord", PutRecord(name));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Equal("ServiceUnavailableException", (string?)JObject.Parse(text)["__type"]);
            Assert.Contains("Slow down.", (string?)JObject.Parse(text)["message"]);
            Assert.Equal(1, (long)(await View(http, name))["refusedRecords"]!);

            await http.PostAsync($"/_emulator/firehose/delivery-streams/000000000000/us-east-1/{name}/flush", null);
            await JsonCalls.Eventually(async () => (long)(await View(http, name))["bufferedBytes"]!, buffered => buffered == 0);
            await Put(http, name);
        });
    }

    [Fact]
    public async Task A_Kinesis_source_waits_for_room_and_every_record_arrives()
    {
        await EmulatorServer.WithServer(["--firehose-backlog", "1KB"], async server =>
        {
            using var http = server.CreateHttpClient();
            var s3 = server.CreateS3Client();
            var bucket = await TestBuckets.CreateAsync(s3, "backlog");
            var source = EmulatorServer.UniqueName("source");
            await JsonCalls.Kinesis(http, "CreateStream", new { StreamName = source, ShardCount = 1 });
            var name = EmulatorServer.UniqueName("backlog");
            await JsonCalls.Firehose(http, "CreateDeliveryStream", new
            {
                DeliveryStreamName = name, DeliveryStreamType = "KinesisStreamAsSource",
                KinesisStreamSourceConfiguration = new { KinesisStreamARN = $"arn:aws:kinesis:us-east-1:000000000000:stream/{source}", RoleARN = "arn:aws:iam::000000000000:role/r" },
                ExtendedS3DestinationConfiguration = S3Destination(bucket),
            });

            for (var i = 0; i < 2; i++) await KinesisPut(http, source, $"first-{i};");
            await JsonCalls.Eventually(async () => (long)(await View(http, name))["bufferedBytes"]!, buffered => buffered >= 1024);
            for (var i = 0; i < 2; i++) await KinesisPut(http, source, $"second-{i};");
            await Task.Delay(200);
            Assert.True((long)(await View(http, name))["bufferedBytes"]! < 4 * (Record.Length + 10), "the source did not wait for room");

            for (var flushes = 0; flushes < 3; flushes++)
            {
                await JsonCalls.Eventually(async () => (long)(await View(http, name))["bufferedBytes"]!, buffered => buffered > 0);
                await http.PostAsync($"/_emulator/firehose/delivery-streams/000000000000/us-east-1/{name}/flush", null);
            }
            var received = await JsonCalls.Eventually(async () => await ObjectsText(s3, bucket), text => text.Split(';').Length > 4);
            Assert.Equal(["first-0", "first-1", "second-0", "second-1"], received.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(r => r.TrimStart('x')).Order());
            Assert.Equal(0, (long)(await View(http, name))["refusedRecords"]!);
        });
    }

    private static object S3Destination(string bucket) => new
    {
        RoleARN = "arn:aws:iam::000000000000:role/r", BucketARN = $"arn:aws:s3:::{bucket}",
        BufferingHints = new { SizeInMBs = 1, IntervalInSeconds = 900 },
    };

    private static object PutRecord(string name) => new { DeliveryStreamName = name, Record = new { Data = Convert.ToBase64String(Encoding.UTF8.GetBytes(Record)) } };

    private static Task Put(HttpClient http, string name) => JsonCalls.Firehose(http, "PutRecord", PutRecord(name));

    private static Task KinesisPut(HttpClient http, string stream, string text) => JsonCalls.Kinesis(http, "PutRecord", new
    {
        StreamName = stream, PartitionKey = "k", Data = Convert.ToBase64String(Encoding.UTF8.GetBytes(Record + text)),
    });

    private static async Task<JObject> View(HttpClient http, string name) =>
        JObject.Parse(await http.GetStringAsync($"/_emulator/firehose/delivery-streams/000000000000/us-east-1/{name}"));

    private static async Task<string> ObjectsText(Amazon.S3.AmazonS3Client s3, string bucket)
    {
        var text = new StringBuilder();
        foreach (var item in (await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket })).S3Objects ?? [])
        {
            using var got = await s3.GetObjectAsync(bucket, item.Key);
            text.Append(await new StreamReader(got.ResponseStream).ReadToEndAsync());
        }
        return text.ToString();
    }
}
