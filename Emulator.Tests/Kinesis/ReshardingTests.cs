using System.Text;
using Emulator.Kinesis.Shapes;

namespace Emulator.Tests.Kinesis;

/// <summary>
/// Split, merge and scale while producers write; a reader that follows ChildShards (parents before children, as the
/// KCL does) gets every record once and in order per partition key.
/// </summary>
public class ReshardingTests
{
    private readonly KinesisWorld _world = new();

    [Theory]
    [InlineData(1)]
    [InlineData(50)]
    public async Task A_lineage_following_reader_sees_every_record_once_and_in_order_per_key(int recordsPerCall)
    {
        _world.Call("CreateStream", new CreateStreamInput { StreamName = "reshard", ShardCount = 2 });
        const int producers = 4, keysPerProducer = 10;
        var resharded = false;
        var written = 0;
        // Producers keep writing until the last reshard is done, and each reshard waits for fresh writes, so that every
        // reshard closes shards under their writes.
        var writing = Enumerable.Range(0, producers).Select(p => Task.Factory.StartNew(() =>
        {
            var counters = new int[keysPerProducer];
            var batch = new List<PutRecordsRequestEntry>();
            for (var i = 0; !Volatile.Read(ref resharded) || batch.Count > 0; i++)
            {
                var key = i % keysPerProducer;
                var data = Encoding.UTF8.GetBytes($"{counters[key]++}");
                Interlocked.Increment(ref written);
                if (recordsPerCall == 1)
                {
                    _world.Call<PutRecordOutput>("PutRecord", new PutRecordInput { StreamName = "reshard", PartitionKey = $"p{p}-{key}", Data = data });
                    continue;
                }
                batch.Add(new PutRecordsRequestEntry { PartitionKey = $"p{p}-{key}", Data = data });
                if (batch.Count < recordsPerCall) continue;
                var put = _world.Call<PutRecordsOutput>("PutRecords", new PutRecordsInput { StreamName = "reshard", Records = batch });
                Assert.Equal(0, put.FailedRecordCount);
                batch = [];
            }
        }, TaskCreationOptions.LongRunning)).ToList();

        void Reshard(Action change)
        {
            var target = Volatile.Read(ref written) + 2000;
            SpinWait.SpinUntil(() => Volatile.Read(ref written) >= target || writing.Any(w => w.IsCompleted));
            change();
        }

        Reshard(() => _world.Call("SplitShard", new SplitShardInput
        {
            StreamName = "reshard", ShardToSplit = "shardId-000000000000", NewStartingHashKey = "85070591730234615865843651857942052864",
        }));
        Reshard(() => _world.Call("MergeShards", new MergeShardsInput
        {
            StreamName = "reshard", ShardToMerge = "shardId-000000000002", AdjacentShardToMerge = "shardId-000000000003",
        }));
        Reshard(() => _world.Call<UpdateShardCountOutput>("UpdateShardCount", new UpdateShardCountInput
        {
            StreamName = "reshard", TargetShardCount = 3, ScalingType = "UNIFORM_SCALING",
        }));
        Reshard(() => Volatile.Write(ref resharded, true));
        await Task.WhenAll(writing);

        var read = ReadByLineage();
        Assert.Equal(written, read.Count);
        foreach (var perKey in read.GroupBy(r => r.Key))
            Assert.Equal(Enumerable.Range(0, perKey.Count()), perKey.Select(r => r.Value));
    }

    private List<(string Key, int Value)> ReadByLineage()
    {
        var shards = _world.Call<ListShardsOutput>("ListShards", new ListShardsInput { StreamName = "reshard" }).Shards!;
        var known = shards.Select(s => s.ShardId!).ToHashSet();
        var parentsOf = shards.ToDictionary(s => s.ShardId!, s => new[] { s.ParentShardId, s.AdjacentParentShardId }.OfType<string>().Where(known.Contains).ToList());
        var done = new HashSet<string>();
        var records = new List<(string, int)>();
        var ready = new Queue<string>(shards.Where(s => parentsOf[s.ShardId!].Count == 0).Select(s => s.ShardId!));
        var queued = new HashSet<string>(ready);
        while (ready.TryDequeue(out var shardId))
        {
            var iterator = _world.Call<GetShardIteratorOutput>("GetShardIterator", new GetShardIteratorInput
            {
                StreamName = "reshard", ShardId = shardId, ShardIteratorType = "TRIM_HORIZON",
            }).ShardIterator;
            List<ChildShard>? children = null;
            while (iterator is not null)
            {
                var page = _world.Call<GetRecordsOutput>("GetRecords", new GetRecordsInput { ShardIterator = iterator, Limit = 500 });
                records.AddRange(page.Records!.Select(r => (r.PartitionKey!, int.Parse(Encoding.UTF8.GetString(r.Data!.Value.Span)))));
                if (page.Records!.Count == 0 && page.NextShardIterator is not null) break;
                children = page.ChildShards;
                iterator = page.NextShardIterator;
            }
            done.Add(shardId);
            foreach (var child in children ?? [])
                if (child.ParentShards!.All(done.Contains) && queued.Add(child.ShardId!)) ready.Enqueue(child.ShardId!);
        }
        Assert.Equal(known.Count, done.Count);
        return records;
    }
}
