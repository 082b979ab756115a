using System.Text;
using Emulator.Common.Durability;
using Emulator.Kinesis.Durability;
using Emulator.Kinesis.Shapes;
using Emulator.Kinesis.Streams;

namespace Emulator.Tests.Kinesis;

/// <summary>Kinesis's records in durable mode: every field round-trips, the journal holds what a snapshot captures, and a restored stream goes on.</summary>
public class DurabilityTests : IDisposable
{
    private const string Policy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"kinesis:*","Resource":"*"}]}""";
    private readonly string _directory = Directory.CreateTempSubdirectory("emulator-kinesis-").FullName;

    [Fact]
    public void A_stream_record_keeps_every_field_of_the_stream_its_shards_and_consumers()
    {
        var world = new KinesisWorld();
        var stream = Configured(world);

        var encoded = StreamRecords.Encode(stream);
        var stored = StreamRecords.Decode(encoded);

        Assert.Equal(("000000000000", "us-east-1", "full", stream.CreatedAt, "ACTIVE"), (stored.AccountId, stored.Region, stored.Name, stored.CreatedAt, stored.Status));
        Assert.Equal(["IncomingBytes", "OutgoingRecords"], stored.Settings.ShardLevelMetrics);
        Assert.Equal(("PROVISIONED", 48, "KMS", "alias/key", 2048), (stored.Settings.Mode, stored.Settings.RetentionHours, stored.Settings.EncryptionType, stored.Settings.KeyId, stored.Settings.MaxRecordSizeKiB));
        Assert.Equal(new Dictionary<string, string> { ["team"] = "a", ["added"] = "b" }, stored.Tags);
        Assert.Equal(Policy, stored.ResourcePolicy);
        Assert.Equal(stream.SequenceCounter, stored.SequenceCounter);
        Assert.True(stored.SequenceCounter > 0);
        Assert.Equal(stream.NextShardIndex, stored.NextShardIndex);
        Assert.Equal(stream.ShardCountUpdates, stored.ShardCountUpdates);
        Assert.Equal(stream.Shards.Select(Describe), stored.Shards.Select(s => Describe(StreamShard.Restore(s))));
        var split = stored.Shards.Single(s => s.Id == "shardId-000000000000");
        Assert.Equal(["shardId-000000000002", "shardId-000000000003"], split.ChildShardIds);
        Assert.NotNull(split.EndingSequence);
        Assert.NotNull(split.ClosedAt);
        Assert.Equal("shardId-000000000000", stored.Shards.Single(s => s.Id == "shardId-000000000002").ParentShardId);
        var consumer = Assert.Single(stored.Consumers);
        Assert.Equal(stream.Consumers["reader"], consumer with { Tags = stream.Consumers["reader"].Tags });
        Assert.Equal(new Dictionary<string, string> { ["role"] = "fan-out" }, consumer.Tags);
        Assert.Equal(Policy, consumer.ResourcePolicy);
        // A stream rebuilt from the record makes the same record.
        Assert.Equal(encoded, StreamRecords.Encode(new KinesisStream(stored, new KinesisJournal())));
    }

    [Fact]
    public void A_data_record_keeps_its_sequence_number_arrival_partition_key_and_data()
    {
        var arrived = new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero).AddTicks(89);
        var sequence = (UInt128)ulong.MaxValue + 12345;
        var value = DataRecords.Prepare([0, 1, 2, 255], "clé/ключ");
        DataRecords.Stamp(value, sequence, arrived.UtcTicks);

        var read = DataRecords.Read(value);

        Assert.Equal((sequence, arrived, "clé/ключ"), (read.Sequence, read.ArrivedAt, read.PartitionKey));
        Assert.Equal([0, 1, 2, 255], read.Data.ToArray());
        Assert.Equal("a/b/" + "0000000000000001" + "0000000000003038", DataRecords.Key("a/b/", sequence));
    }

    [Fact]
    public async Task The_journal_holds_what_a_snapshot_captures_after_puts_reshards_trims_and_deletes()
    {
        var world = new KinesisWorld(dataDirectory: _directory);
        var journal = world.Get<Journal>();
        Configured(world);
        world.Call("CreateStream", new CreateStreamInput { StreamName = "gone", ShardCount = 1 });
        Put(world, "gone", "k", "x");
        world.Call("DeleteStream", new DeleteStreamInput { StreamName = "gone" });
        world.Call("CreateStream", new CreateStreamInput { StreamName = "trimmed", ShardCount = 1 });
        Put(world, "trimmed", "k", "old");
        world.Clock.Advance(TimeSpan.FromHours(25));
        Put(world, "trimmed", "k", "new");
        Assert.StartsWith("new/", Assert.Single(Read(world, "trimmed", "shardId-000000000000")));

        await journal.BeforeAnswerAsync(CancellationToken.None);
        var journaled = world.Get<SqliteRecordStore>().ReadAll();
        var captured = world.Get<KinesisDurableState>().Capture(selfContained: false).ToList();

        // The stream's record is journaled as the stream changes, not on every put: its counter is older than a snapshot's.
        Assert.Equal(Texts(captured.Select(WithoutCounter)), Texts(journaled.Where(r => r.Kind != KinesisJournal.TrimKind).Select(WithoutCounter)));
        Assert.Single(journaled, r => r.Kind == KinesisJournal.TrimKind);
        Assert.DoesNotContain(journaled, r => r.Key.Contains("/gone/", StringComparison.Ordinal));
        await journal.DisposeAsync();
    }

    [Fact]
    public async Task A_restored_stream_reads_as_before_and_gives_out_new_numbers_and_shard_ids()
    {
        var world = new KinesisWorld(dataDirectory: _directory);
        var stream = Configured(world);
        world.Call("CreateStream", new CreateStreamInput { StreamName = "trimmed", ShardCount = 1 });
        var trimmedSequence = Put(world, "trimmed", "k", "old").SequenceNumber!;
        world.Clock.Advance(TimeSpan.FromHours(49));
        Assert.Empty(Read(world, "trimmed", "shardId-000000000000"));
        var before = stream.Shards.ToDictionary(s => s.Id, s => Read(world, "full", s.Id));
        var journal = world.Get<Journal>();
        await journal.BeforeAnswerAsync(CancellationToken.None);
        await journal.DisposeAsync();

        var restored = new KinesisWorld();
        restored.Clock.SetUtcNow(world.Clock.GetUtcNow());
        using (var store = new SqliteRecordStore(_directory, syncEveryCommit: false))
            restored.Get<KinesisDurableState>().Restore(new DurableRecords(store.ReadAll()));

        Assert.Equal(before, restored.Store.Find("000000000000", "us-east-1", "full")!.Shards.ToDictionary(s => s.Id, s => Read(restored, "full", s.Id)));
        var next = Put(restored, "full", "after", "restart");
        Assert.True(string.CompareOrdinal(next.SequenceNumber, before.Values.SelectMany(r => r).Max(r => r.Split('@')[1])) > 0);
        Assert.True(string.CompareOrdinal(Put(restored, "trimmed", "k", "new").SequenceNumber, trimmedSequence) > 0);
        restored.Call("SplitShard", new SplitShardInput { StreamName = "full", ShardToSplit = "shardId-000000000001", NewStartingHashKey = "300000000000000000000000000000000000000" });
        Assert.Contains(restored.Store.Find("000000000000", "us-east-1", "full")!.Shards, s => s.Id == "shardId-000000000004");
    }

    /// <summary>A stream with every kind of setting, a consumer, records, and a split shard.</summary>
    private static KinesisStream Configured(KinesisWorld world)
    {
        world.Call("CreateStream", new CreateStreamInput { StreamName = "full", ShardCount = 2, Tags = new() { ["team"] = "a" } });
        var arn = world.Store.Find("000000000000", "us-east-1", "full")!.Arn;
        world.Call("AddTagsToStream", new AddTagsToStreamInput { StreamName = "full", Tags = new() { ["added"] = "b" } });
        world.Call("IncreaseStreamRetentionPeriod", new IncreaseStreamRetentionPeriodInput { StreamName = "full", RetentionPeriodHours = 48 });
        world.Call("StartStreamEncryption", new StartStreamEncryptionInput { StreamName = "full", EncryptionType = "KMS", KeyId = "alias/key" });
        world.Call("EnableEnhancedMonitoring", new EnableEnhancedMonitoringInput { StreamName = "full", ShardLevelMetrics = ["OutgoingRecords", "IncomingBytes"] });
        world.Call("UpdateMaxRecordSize", new UpdateMaxRecordSizeInput { StreamARN = arn, MaxRecordSizeInKiB = 2048 });
        world.Call("PutResourcePolicy", new PutResourcePolicyInput { ResourceARN = arn, Policy = Policy });
        var consumer = world.Call<RegisterStreamConsumerOutput>("RegisterStreamConsumer",
            new RegisterStreamConsumerInput { StreamARN = arn, ConsumerName = "reader", Tags = new() { ["role"] = "fan-out" } }).Consumer!.ConsumerARN!;
        world.Call("PutResourcePolicy", new PutResourcePolicyInput { ResourceARN = consumer, Policy = Policy });
        for (var i = 0; i < 20; i++) Put(world, "full", $"key{i}", $"before{i}");
        world.Call("SplitShard", new SplitShardInput { StreamName = "full", ShardToSplit = "shardId-000000000000", NewStartingHashKey = "85070591730234615865843651857942052864" });
        world.Clock.Advance(TimeSpan.FromSeconds(1));
        for (var i = 0; i < 20; i++) Put(world, "full", $"key{i}", $"after{i}");
        return world.Store.Find("000000000000", "us-east-1", "full")!;
    }

    private static PutRecordOutput Put(KinesisWorld world, string stream, string key, string data) =>
        world.Call<PutRecordOutput>("PutRecord", new PutRecordInput { StreamName = stream, PartitionKey = key, Data = Encoding.UTF8.GetBytes(data) });

    /// <summary>A shard's records from its oldest, as data, partition key, sequence number and arrival.</summary>
    private static List<string> Read(KinesisWorld world, string stream, string shardId)
    {
        var iterator = world.Call<GetShardIteratorOutput>("GetShardIterator",
            new GetShardIteratorInput { StreamName = stream, ShardId = shardId, ShardIteratorType = "TRIM_HORIZON" }).ShardIterator;
        return world.Call<GetRecordsOutput>("GetRecords", new GetRecordsInput { ShardIterator = iterator }).Records!
            .Select(r => $"{Encoding.UTF8.GetString(r.Data!.Value.Span)}/{r.PartitionKey}@{r.SequenceNumber}@{r.ApproximateArrivalTimestamp:O}").ToList();
    }

    private static string Describe(StreamShard shard) =>
        $"{shard.Id} {shard.StartingHashKey}-{shard.EndingHashKey} {shard.StartingSequence}-{shard.EndingSequence} {shard.CreatedAt:O}-{shard.ClosedAt:O} "
        + $"{shard.ParentShardId} {shard.AdjacentParentShardId} [{string.Join(',', shard.ChildShardIds)}]";

    private static DurableRecord WithoutCounter(DurableRecord record) => record.Kind == KinesisJournal.StreamKind
        ? record with { Value = StreamRecords.Encode(new KinesisStream(StreamRecords.Decode(record.Value) with { SequenceCounter = 0 }, new KinesisJournal())) }
        : record;

    private static List<string> Texts(IEnumerable<DurableRecord> records) =>
        records.Select(r => $"{r.Kind} {r.Key} {Convert.ToHexString(r.Value)}").Order(StringComparer.Ordinal).ToList();

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
