using Emulator.Tests.Conformance.Wire;
using static Emulator.Tests.Conformance.Kinesis.KinesisSteps;

namespace Emulator.Tests.Conformance.Kinesis;

/// <summary>ListShards and resharding: SplitShard and MergeShards.</summary>
public static class KinesisShardCases
{
    /// <summary>The first shard's ending key in a stream of three even shards, as kinesalite's messages give it.</summary>
    private const string FirstOfThreeEnds = "113427455640312821154458202477256070484";

    private static Task<WireResponse> Merge(WireClient kinesis, string stream, string shard, string adjacent) =>
        kinesis.Call("MergeShards", new { StreamName = stream, ShardToMerge = shard, AdjacentShardToMerge = adjacent });

    public static readonly CaseList All = new()
    {
        {
            "ListShards without StreamName or NextToken is InvalidArgumentException",
            Source.Kinesalite("test/listShards.js", "should return InvalidArgumentException for no StreamName or NextToken"),
            kinesis => kinesis.Call("ListShards", new { }),
            KinesisExpect.InvalidArgument("Either NextToken or StreamName should be provided.")
        },
        {
            "ListShards with empty names, token and MaxResults 0 names each broken constraint",
            Source.Kinesalite("test/listShards.js", "should return ValidationException for empty StreamName"),
            kinesis => kinesis.Call("ListShards", new { StreamName = "", NextToken = "", MaxResults = 0, ExclusiveStartShardId = "" }),
            KinesisExpect.Violations(
                "Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1",
                "Value '' at 'exclusiveStartShardId' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
                "Value '' at 'exclusiveStartShardId' failed to satisfy constraint: Member must have length greater than or equal to 1",
                "Value '' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
                "Value '' at 'streamName' failed to satisfy constraint: Member must have length greater than or equal to 1",
                "Value '' at 'nextToken' failed to satisfy constraint: Member must have length greater than or equal to 1")
        },
        {
            "ListShards of an unknown stream is ResourceNotFoundException",
            Source.Kinesalite("test/listShards.js", "should return ResourceNotFoundException if stream does not exist"),
            kinesis => kinesis.Call("ListShards", new { StreamName = "c-unknown-stream" }),
            KinesisExpect.NotFound($"Stream c-unknown-stream under account {Account} not found.")
        },
        {
            "ListShards with ShardFilter AT_LATEST lists the open shards after a split",
            Source.Doc("https://docs.aws.amazon.com/kinesis/latest/APIReference/API_ShardFilter.html"),
            async kinesis =>
            {
                var stream = await Stream(kinesis, 2);
                await kinesis.Ok("SplitShard", new { StreamName = stream, ShardToSplit = "shardId-000000000000", NewStartingHashKey = "1000" });
                return await kinesis.Call("ListShards", new { StreamName = stream, ShardFilter = new { Type = "AT_LATEST" } });
            },
            Expect.Success(response => Assert.Equal(["shardId-000000000001", "shardId-000000000002", "shardId-000000000003"], response.Values("ShardId")))
        },
        {
            "MergeShards of shards that are not adjacent (the first and the last) is InvalidArgumentException",
            Source.Kinesalite("test/mergeShards.js", "should return InvalidArgumentException if shards not adjacent"),
            async kinesis =>
            {
                var stream = await Stream(kinesis, 3);
                return await Merge(kinesis, stream, "shard-0", "shard-2");
            },
            Expect.Error(400, "InvalidArgumentException",
                $"^Shards shardId-000000000000 and shardId-000000000002 in stream c-\\w+-\\d+ under account {Account} are not an adjacent pair of shards eligible for merging$")
        },
        {
            "MergeShards of the last shard with the first is InvalidArgumentException, not a wrap around the hash key space",
            Source.Kinesalite("test/mergeShards.js", "should return InvalidArgumentException if adjacency is inverted"),
            async kinesis =>
            {
                var stream = await Stream(kinesis, 3);
                return await Merge(kinesis, stream, "shard-2", "shard-0");
            },
            Expect.Error(400, "InvalidArgumentException",
                $"^Shards shardId-000000000002 and shardId-000000000000 in stream c-\\w+-\\d+ under account {Account} are not an adjacent pair of shards eligible for merging$")
        },
        {
            "MergeShards of a shard with the one before it is InvalidArgumentException",
            Source.Kinesalite("test/mergeShards.js", "should return InvalidArgumentException if adjacency is inverted"),
            async kinesis =>
            {
                var stream = await Stream(kinesis, 3);
                return await Merge(kinesis, stream, "shard-1", "shard-0");
            },
            Expect.Error(400, "InvalidArgumentException",
                $"^Shards shardId-000000000001 and shardId-000000000000 in stream c-\\w+-\\d+ under account {Account} are not an adjacent pair of shards eligible for merging$")
        },
        {
            "MergeShards of adjacent shards answers an empty body",
            Source.Kinesalite("test/mergeShards.js", "should work with standard merge"),
            async kinesis => await Merge(kinesis, await Stream(kinesis, 3), "shardId-000000000000", "shardId-000000000001"),
            KinesisExpect.EmptyBody
        },
        {
            "MergeShards naming a shard the stream does not have is ResourceNotFoundException",
            Source.Kinesalite("test/mergeShards.js", "should return ResourceNotFoundException if known stream and raw shard ID does not exist"),
            async kinesis => await Merge(kinesis, await Stream(kinesis, 3), "shardId-0", "shardId-5"),
            Expect.Error(400, "ResourceNotFoundException", $"^Could not find shard shardId-000000000005 in stream c-\\w+-\\d+ under account {Account}\\.$")
        },
        {
            "MergeShards of an unknown stream with a shard id past the largest is ResourceNotFoundException for the shard",
            Source.Kinesalite("test/mergeShards.js", "should return ResourceNotFoundException if unknown stream and shard ID too big"),
            kinesis => Merge(kinesis, "c-unknown-stream", "2147483648", "shardId-0"),
            KinesisExpect.NotFound($"Could not find shard 2147483648 in stream c-unknown-stream under account {Account}.")
        },
        {
            "MergeShards of an unknown stream with valid shard ids is ResourceNotFoundException for the stream",
            Source.Kinesalite("test/mergeShards.js", "should return ResourceNotFoundException if unknown stream and shard ID just small enough"),
            kinesis => Merge(kinesis, "c-unknown-stream", "2147483647", "shardId-0"),
            KinesisExpect.NotFound($"Stream c-unknown-stream under account {Account} not found.")
        },
        {
            "SplitShard at a key not past the shard's start plus one is InvalidArgumentException",
            Source.Kinesalite("test/splitShard.js", "should return InvalidArgumentException for hash too small"),
            async kinesis => await kinesis.Call("SplitShard", new { StreamName = await Stream(kinesis, 3), ShardToSplit = "shard-0", NewStartingHashKey = "1" }),
            Expect.Error(400, "InvalidArgumentException",
                $"^NewStartingHashKey 1 used in SplitShard\\(\\) on shard shardId-000000000000 in stream c-\\w+-\\d+ under account {Account} is not both greater than one plus the shard's StartingHashKey 0 and less than the shard's EndingHashKey {FirstOfThreeEnds}\\.$")
        },
        {
            "SplitShard at the shard's ending key is InvalidArgumentException",
            Source.Kinesalite("test/splitShard.js", "should return InvalidArgumentException for hash too big"),
            async kinesis => await kinesis.Call("SplitShard", new { StreamName = await Stream(kinesis, 3), ShardToSplit = "shard-0", NewStartingHashKey = FirstOfThreeEnds }),
            Expect.Error(400, "InvalidArgumentException",
                $"^NewStartingHashKey {FirstOfThreeEnds} used in SplitShard\\(\\) on shard shardId-000000000000 in stream c-\\w+-\\d+ under account {Account} is not both greater than one plus the shard's StartingHashKey 0 and less than the shard's EndingHashKey {FirstOfThreeEnds}\\.$")
        },
        {
            "SplitShard at a key past the hash key space is InvalidArgumentException",
            Source.Kinesalite("test/splitShard.js", "should return InvalidArgumentException for hash much too big"),
            async kinesis => await kinesis.Call("SplitShard",
                new { StreamName = await Stream(kinesis, 3), ShardToSplit = "shard-2", NewStartingHashKey = "999999999999999999999999999999999999999" }),
            Expect.Error(400, "InvalidArgumentException",
                $"^NewStartingHashKey 999999999999999999999999999999999999999 used in SplitShard\\(\\) on shard shardId-000000000002 in stream c-\\w+-\\d+ under account {Account} is not both greater than one plus the shard's StartingHashKey 226854911280625642308916404954512140970 and less than the shard's EndingHashKey 340282366920938463463374607431768211455\\.$")
        },
        {
            "SplitShard at the smallest key allowed answers an empty body",
            Source.Kinesalite("test/splitShard.js", "should work with minimum hash"),
            async kinesis => await kinesis.Call("SplitShard", new { StreamName = await Stream(kinesis, 3), ShardToSplit = "shard-0", NewStartingHashKey = "2" }),
            KinesisExpect.EmptyBody
        },
    };
}
