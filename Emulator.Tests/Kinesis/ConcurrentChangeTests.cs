using Emulator.Kinesis.Shapes;
using Xunit;

namespace Emulator.Tests.Kinesis;

/// <summary>Changes of one stream made at the same time (settings, tags, consumers) all take effect: none overwrites another.</summary>
public sealed class ConcurrentChangeTests
{
    private const int Rounds = 300;
    private static readonly string[] Metrics = ["IncomingBytes", "IncomingRecords", "OutgoingBytes", "OutgoingRecords"];

    [Fact]
    public void Concurrent_settings_tag_and_consumer_changes_all_take_effect()
    {
        var world = new KinesisWorld();
        for (var round = 0; round < Rounds; round++)
        {
            var name = $"s{round}";
            world.Call("CreateStream", new CreateStreamInput { StreamName = name, ShardCount = 2 });
            var arn = world.Store.Find("000000000000", "us-east-1", name)!.Arn;
            var changes = new List<Action>
            {
                () => world.Call("IncreaseStreamRetentionPeriod", new IncreaseStreamRetentionPeriodInput { StreamName = name, RetentionPeriodHours = 48 }),
                () => world.Call("StartStreamEncryption", new StartStreamEncryptionInput { StreamName = name, EncryptionType = "KMS", KeyId = "alias/aws/kinesis" }),
                () => world.Call("UpdateMaxRecordSize", new UpdateMaxRecordSizeInput { StreamARN = arn, MaxRecordSizeInKiB = 2048 }),
                () => world.Call("SplitShard", new SplitShardInput { StreamName = name, ShardToSplit = "shardId-000000000000", NewStartingHashKey = "1000" }),
            };
            changes.AddRange(Metrics.Select<string, Action>(metric => () =>
                world.Call("EnableEnhancedMonitoring", new EnableEnhancedMonitoringInput { StreamName = name, ShardLevelMetrics = [metric] })));
            changes.AddRange(Enumerable.Range(0, 4).Select<int, Action>(i => () =>
                world.Call("AddTagsToStream", new AddTagsToStreamInput { StreamName = name, Tags = new() { [$"tag{i}"] = "v" } })));
            changes.AddRange(Enumerable.Range(0, 4).Select<int, Action>(i => () =>
                world.Call("RegisterStreamConsumer", new RegisterStreamConsumerInput { StreamARN = arn, ConsumerName = $"c{i}" })));
            RunTogether(changes);

            var stream = world.Store.Find("000000000000", "us-east-1", name)!;
            Assert.Equal(48, stream.Settings.RetentionHours);
            Assert.Equal("KMS", stream.Settings.EncryptionType);
            Assert.Equal(2048, stream.Settings.MaxRecordSizeKiB);
            Assert.Equal(Metrics.Order().ToArray(), stream.Settings.ShardLevelMetrics.ToArray());
            Assert.Equal(4, stream.Tags.Count);
            Assert.Equal(4, stream.Consumers.Count);
            Assert.Equal(3, stream.OpenShards.Count);
            world.Call("DeleteStream", new DeleteStreamInput { StreamName = name, EnforceConsumerDeletion = true });
        }
    }

    /// <summary>Runs every change on its own thread, all released at once.</summary>
    private static void RunTogether(IReadOnlyList<Action> changes)
    {
        using var start = new Barrier(changes.Count);
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var threads = changes.Select(change => new Thread(() =>
        {
            start.SignalAndWait();
            try { change(); }
            catch (Exception e) { failures.Enqueue(e); }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Empty(failures);
    }
}
