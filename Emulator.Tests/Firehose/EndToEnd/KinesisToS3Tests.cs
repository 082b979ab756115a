using System.Text;
using Amazon.S3.Model;
using Emulator.Tests.Infrastructure;
using Emulator.Tests.S3.EndToEnd;
using Newtonsoft.Json.Linq;

namespace Emulator.Tests.Firehose.EndToEnd;

/// <summary>
/// Producers → Kinesis stream → Firehose → S3, read back with AWSSDK.S3. Kinesis and Firehose are called over their JSON
/// protocol directly (their .NET SDKs are not served here); the clock is moved past the buffer interval instead of waiting.
/// </summary>
public class KinesisToS3Tests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    private readonly HttpClient _http = server.CreateHttpClient();

    [Fact]
    public async Task Every_record_arrives_exactly_once_even_across_a_reshard()
    {
        var s3 = server.CreateS3Client();
        var bucket = await TestBuckets.CreateAsync(s3, "kinesis-firehose");
        var stream = EmulatorServer.UniqueName("source");
        await Call("kinesis", "Kinesis_20131202.CreateStream", new { StreamName = stream, ShardCount = 2 });
        var name = EmulatorServer.UniqueName("pipeline");
        await Call("firehose", "Firehose_20150804.CreateDeliveryStream", new
        {
            DeliveryStreamName = name, DeliveryStreamType = "KinesisStreamAsSource",
            KinesisStreamSourceConfiguration = new { KinesisStreamARN = $"arn:aws:kinesis:us-east-1:000000000000:stream/{stream}", RoleARN = "arn:aws:iam::000000000000:role/r" },
            ExtendedS3DestinationConfiguration = new
            {
                RoleARN = "arn:aws:iam::000000000000:role/r", BucketARN = $"arn:aws:s3:::{bucket}", Prefix = "in/",
                BufferingHints = new { SizeInMBs = 1, IntervalInSeconds = 60 },
            },
        });

        var sent = Enumerable.Range(0, 300).Select(i => $"record-{i};").ToList();
        await Put(stream, sent.Take(150));
        var shards = await Call("kinesis", "Kinesis_20131202.ListShards", new { StreamName = stream });
        var first = (string)shards["Shards"]![0]!["ShardId"]!;
        await Call("kinesis", "Kinesis_20131202.SplitShard", new
        {
            StreamName = stream, ShardToSplit = first, NewStartingHashKey = "85070591730234615865843651857942052864",
        });
        await Put(stream, sent.Skip(150));
        // The delivery stream reads the shards on its own workers: the clock moves once it has buffered everything.
        var bytes = sent.Sum(r => r.Length);
        await JsonCalls.Eventually(async () => (long)JObject.Parse(await _http.GetStringAsync($"/_emulator/firehose/delivery-streams/000000000000/us-east-1/{name}"))["bufferedBytes"]!,
            buffered => buffered == bytes);
        server.Clock.Advance(TimeSpan.FromSeconds(61));

        var received = await JsonCalls.Eventually(async () =>
        {
            var listed = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, Prefix = "in/" });
            var text = new StringBuilder();
            foreach (var item in listed.S3Objects ?? [])
            {
                using var got = await s3.GetObjectAsync(bucket, item.Key);
                using var reader = new StreamReader(got.ResponseStream);
                text.Append(await reader.ReadToEndAsync());
            }
            return text.ToString().Split(';', StringSplitOptions.RemoveEmptyEntries).Select(r => r + ";").ToList();
        }, records => records.Count >= sent.Count);

        Assert.Equal(sent.Order(), received.Order());
    }

    private async Task Put(string stream, IEnumerable<string> records) =>
        await Call("kinesis", "Kinesis_20131202.PutRecords", new
        {
            StreamName = stream,
            Records = records.Select(r => new { Data = Convert.ToBase64String(Encoding.UTF8.GetBytes(r)), PartitionKey = r }).ToArray(),
        });

    private Task<JObject> Call(string service, string target, object body) => JsonCalls.CallAsync(_http, service, target, body);
}
