using System.Collections.Concurrent;
using System.Text;
using Amazon.S3;
using Amazon.S3.Model;
using Emulator.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace Emulator.Tests.Common.Durability;

/// <summary>
/// Durable mode for Kinesis and Firehose under <c>kill -9</c>: producers put into a stream (split while they write) and
/// into a direct-put delivery stream, a second delivery stream reads the Kinesis stream, the process is killed, and a new
/// one on the same directory must hold every acknowledged record with its sequence number, go on with higher numbers,
/// and deliver to S3 every record both delivery streams had accepted, once.
/// </summary>
public class StreamKillTests : IDisposable
{
    private const string Stream = "events";
    private const string Bucket = "landing";
    private readonly string _directory = Directory.CreateTempSubdirectory("emulator-data-").FullName;
    private readonly ConcurrentDictionary<string, (string Shard, string Sequence)> _put = new();
    private readonly ConcurrentDictionary<string, byte> _direct = new();
    private volatile bool _killed;

    [Fact]
    public async Task Every_acknowledged_record_survives_with_its_sequence_number_and_every_accepted_delivery_arrives_once()
    {
        string staleIterator;
        using (var first = await EmulatorProcess.StartAsync("--data-dir", _directory))
        {
            using var http = first.CreateHttpClient();
            await JsonCalls.Kinesis(http, "CreateStream", new { StreamName = Stream, ShardCount = 2 });
            await CreateDeliveryStreamsAsync(http, first);
            staleIterator = (string)(await JsonCalls.Kinesis(http, "GetShardIterator",
                new { StreamName = Stream, ShardId = "shardId-000000000000", ShardIteratorType = "TRIM_HORIZON" }))["ShardIterator"]!;
            using var stop = new CancellationTokenSource();
            List<Task> load = [PutRecordsAsync(first, 0, stop.Token), PutRecordsAsync(first, 1, stop.Token), PutDirectAsync(first, stop.Token)];
            await Task.Delay(TimeSpan.FromSeconds(1));
            await JsonCalls.Kinesis(http, "SplitShard",
                new { StreamName = Stream, ShardToSplit = "shardId-000000000000", NewStartingHashKey = "85070591730234615865843651857942052864" });
            await Task.Delay(TimeSpan.FromSeconds(1));

            _killed = true;
            first.Signal("KILL");
            await first.WaitForExitAsync(TimeSpan.FromSeconds(5));
            stop.Cancel();
            await Task.WhenAll(load);
        }
        Assert.True(_put.Count > 100, $"Only {_put.Count} Kinesis records were acknowledged before the kill.");
        Assert.True(_direct.Count > 100, $"Only {_direct.Count} Firehose records were acknowledged before the kill.");

        using var second = await EmulatorProcess.StartAsync("--data-dir", _directory);
        using var client = second.CreateHttpClient();
        // Iterators are sealed with a key of the process that issued them: a restarted emulator refuses them, as AWS does a bad one.
        var (stale, staleText) = await JsonCalls.SendAsync(client, "kinesis", "Kinesis_20131202.GetRecords", new { ShardIterator = staleIterator });
        Assert.Equal(400, (int)stale.StatusCode);
        Assert.Equal("InvalidArgumentException", (string)JObject.Parse(staleText)["__type"]!);

        var stored = await ReadStreamAsync(client);
        foreach (var (data, (shard, sequence)) in _put)
            Assert.Equal((shard, sequence), stored.TryGetValue(data, out var found) ? found : default);
        var newest = _put.Values.Select(p => p.Sequence).Max(StringComparer.Ordinal)!;
        var after = await JsonCalls.Kinesis(client, "PutRecord", new { StreamName = Stream, PartitionKey = "after", Data = Convert.ToBase64String("after;"u8.ToArray()) });
        Assert.True(string.CompareOrdinal((string)after["SequenceNumber"]!, newest) > 0);
        await JsonCalls.Kinesis(client, "SplitShard",
            new { StreamName = Stream, ShardToSplit = "shardId-000000000001", NewStartingHashKey = "300000000000000000000000000000000000000" });
        var shards = (JArray)(await JsonCalls.Kinesis(client, "ListShards", new { StreamName = Stream }))["Shards"]!;
        Assert.Equal(["shardId-000000000004", "shardId-000000000005"], shards.Select(s => (string)s["ShardId"]!).TakeLast(2));

        using var s3 = second.CreateS3Client();
        // S3's objects are kept by its own durable mode; the bucket is made again if the build at hand does not keep it.
        try { await s3.PutBucketAsync(Bucket); } catch (AmazonS3Exception) { }
        var direct = await DeliveredAsync(client, s3, "direct/", records => _direct.Keys.All(records.Contains));
        Assert.Equal(direct.Count, direct.Distinct().Count());
        var fed = await DeliveredAsync(client, s3, "fed/", records => _put.Keys.All(records.Contains) && records.Contains("after;"));
        Assert.Equal(fed.Count, fed.Distinct().Count());
    }

    private static async Task CreateDeliveryStreamsAsync(HttpClient http, EmulatorProcess emulator)
    {
        using var s3 = emulator.CreateS3Client();
        await s3.PutBucketAsync(Bucket);
        // Buffers that nothing fills and no interval empties before the kill: every accepted record is still undelivered.
        object Destination(string prefix) => new
        {
            RoleARN = "arn:aws:iam::000000000000:role/r", BucketARN = $"arn:aws:s3:::{Bucket}", Prefix = prefix,
            BufferingHints = new { SizeInMBs = 128, IntervalInSeconds = 900 },
        };
        await JsonCalls.Firehose(http, "CreateDeliveryStream", new { DeliveryStreamName = "direct", ExtendedS3DestinationConfiguration = Destination("direct/") });
        await JsonCalls.Firehose(http, "CreateDeliveryStream", new
        {
            DeliveryStreamName = "fed", DeliveryStreamType = "KinesisStreamAsSource",
            KinesisStreamSourceConfiguration = new { KinesisStreamARN = $"arn:aws:kinesis:us-east-1:000000000000:stream/{Stream}", RoleARN = "arn:aws:iam::000000000000:role/r" },
            ExtendedS3DestinationConfiguration = Destination("fed/"),
        });
    }

    private async Task PutRecordsAsync(EmulatorProcess emulator, int producer, CancellationToken stop)
    {
        using var http = emulator.CreateHttpClient();
        for (var n = 0; !stop.IsCancellationRequested; n += 10)
        {
            var data = Enumerable.Range(n, 10).Select(i => $"p{producer}-{i};").ToList();
            try
            {
                var put = await JsonCalls.Kinesis(http, "PutRecords", new
                {
                    StreamName = Stream,
                    Records = data.Select(d => new { Data = Convert.ToBase64String(Encoding.UTF8.GetBytes(d)), PartitionKey = d }).ToArray(),
                });
                for (var i = 0; i < data.Count; i++) _put[data[i]] = ((string)put["Records"]![i]!["ShardId"]!, (string)put["Records"]![i]!["SequenceNumber"]!);
            }
            catch (Exception) when (_killed)
            {
                return;
            }
        }
    }

    private async Task PutDirectAsync(EmulatorProcess emulator, CancellationToken stop)
    {
        using var http = emulator.CreateHttpClient();
        for (var n = 0; !stop.IsCancellationRequested; n += 10)
        {
            var data = Enumerable.Range(n, 10).Select(i => $"d-{i};").ToList();
            try
            {
                await JsonCalls.Firehose(http, "PutRecordBatch", new
                {
                    DeliveryStreamName = "direct", Records = data.Select(d => new { Data = Convert.ToBase64String(Encoding.UTF8.GetBytes(d)) }).ToArray(),
                });
                foreach (var record in data) _direct[record] = 0;
            }
            catch (Exception) when (_killed)
            {
                return;
            }
        }
    }

    /// <summary>Every record of every shard, from the oldest, by its data; each shard's sequence numbers in rising order.</summary>
    private static async Task<Dictionary<string, (string Shard, string Sequence)>> ReadStreamAsync(HttpClient http)
    {
        var records = new Dictionary<string, (string, string)>();
        foreach (var shard in (JArray)(await JsonCalls.Kinesis(http, "ListShards", new { StreamName = Stream }))["Shards"]!)
        {
            var shardId = (string)shard["ShardId"]!;
            var iterator = (string?)(await JsonCalls.Kinesis(http, "GetShardIterator", new { StreamName = Stream, ShardId = shardId, ShardIteratorType = "TRIM_HORIZON" }))["ShardIterator"];
            var sequences = new List<string>();
            while (iterator is not null)
            {
                var got = await JsonCalls.Kinesis(http, "GetRecords", new { ShardIterator = iterator });
                var batch = (JArray)got["Records"]!;
                foreach (var record in batch)
                {
                    sequences.Add((string)record["SequenceNumber"]!);
                    records.Add(Encoding.UTF8.GetString(Convert.FromBase64String((string)record["Data"]!)), (shardId, sequences[^1]));
                }
                iterator = batch.Count == 0 ? null : (string?)got["NextShardIterator"];
            }
            Assert.Equal(sequences.Order(StringComparer.Ordinal), sequences);
        }
        return records;
    }

    /// <summary>
    /// The records delivered under <paramref name="prefix"/>, flushing the buffers until <paramref name="done"/>; the clock
    /// moves past the retry pause, as a delivery made at start, before the bucket was made again, waits for it.
    /// </summary>
    private static async Task<List<string>> DeliveredAsync(HttpClient http, AmazonS3Client s3, string prefix, Func<List<string>, bool> done)
    {
        var records = new List<string>();
        for (var attempt = 0; attempt < 100 && !done(records); attempt++)
        {
            (await http.PostAsync("/_emulator/firehose/flush", null)).EnsureSuccessStatusCode();
            (await http.PostAsync("/_emulator/clock?seconds=31", null)).EnsureSuccessStatusCode();
            await Task.Delay(100);
            records = [];
            var listed = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = Bucket, Prefix = prefix });
            foreach (var item in listed.S3Objects ?? [])
            {
                using var got = await s3.GetObjectAsync(Bucket, item.Key);
                using var reader = new StreamReader(got.ResponseStream);
                records.AddRange((await reader.ReadToEndAsync()).Split(';', StringSplitOptions.RemoveEmptyEntries).Select(r => r + ";"));
            }
        }
        Assert.True(done(records), $"{records.Count} records under {prefix} after waiting: {await http.GetStringAsync("/_emulator/firehose/delivery-streams")}");
        return records;
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
