using Emulator.Tests.Conformance.Wire;

namespace Emulator.Tests.Conformance.Kinesis;

/// <summary>The set-up calls Kinesis cases share: streams, records and iterators.</summary>
public static class KinesisSteps
{
    public const string Account = "000000000000";

    /// <summary>A new stream of <paramref name="shards"/> even shards (ACTIVE at once: the emulator's status delay is 0).</summary>
    public static async Task<string> Stream(WireClient kinesis, int shards = 1)
    {
        var name = WireClient.UniqueName();
        await kinesis.Ok("CreateStream", new { StreamName = name, ShardCount = shards });
        return name;
    }

    public static string Arn(WireClient kinesis, string stream) => $"arn:aws:kinesis:{kinesis.Region}:{Account}:stream/{stream}";

    public static async Task<string> Put(WireClient kinesis, string stream, string data = "record") =>
        (await kinesis.Ok("PutRecord", new { StreamName = stream, PartitionKey = "key", Data = System.Text.Encoding.UTF8.GetBytes(data) })).Value("SequenceNumber")!;

    public static async Task<string> Iterator(WireClient kinesis, string stream, string type = "TRIM_HORIZON") =>
        (await kinesis.Ok("GetShardIterator", new { StreamName = stream, ShardId = "shardId-000000000000", ShardIteratorType = type })).Value("ShardIterator")!;
}
