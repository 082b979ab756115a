using Emulator.Kinesis.Shapes;
using Emulator.Protocol.Errors;
using Record = Emulator.Kinesis.Shapes.Record;

namespace Emulator.Tests.Kinesis;

public class StreamTests
{
    private readonly KinesisWorld _world = new();

    private void Create(string name, int shards = 1) => _world.Call("CreateStream", new CreateStreamInput { StreamName = name, ShardCount = shards });

    private PutRecordOutput Put(string stream, string key, string data, string? explicitHashKey = null) =>
        _world.Call<PutRecordOutput>("PutRecord", new PutRecordInput
        {
            StreamName = stream, PartitionKey = key, Data = System.Text.Encoding.UTF8.GetBytes(data), ExplicitHashKey = explicitHashKey,
        });

    private string Iterator(string stream, string shard, string type = "TRIM_HORIZON", string? sequence = null, DateTimeOffset? at = null) =>
        _world.Call<GetShardIteratorOutput>("GetShardIterator", new GetShardIteratorInput
        {
            StreamName = stream, ShardId = shard, ShardIteratorType = type, StartingSequenceNumber = sequence, Timestamp = at,
        }).ShardIterator!;

    private GetRecordsOutput Get(string iterator, int? limit = null) =>
        _world.Call<GetRecordsOutput>("GetRecords", new GetRecordsInput { ShardIterator = iterator, Limit = limit });

    private static string Text(Record record) => System.Text.Encoding.UTF8.GetString(record.Data!.Value.Span);

    [Fact]
    public void Records_go_to_the_shard_that_covers_their_hash_key()
    {
        Create("routing", shards: 2);

        Assert.Equal("shardId-000000000000", Put("routing", "any", "low", explicitHashKey: "0").ShardId);
        Assert.Equal("shardId-000000000001", Put("routing", "any", "high", explicitHashKey: "340282366920938463463374607431768211455").ShardId);
        Assert.Equal("shardId-000000000001", Put("routing", "any", "middle", explicitHashKey: "170141183460469231731687303715884105728").ShardId);
        Assert.Equal("shardId-000000000000", Put("routing", "any", "edge", explicitHashKey: "170141183460469231731687303715884105727").ShardId);
    }

    [Fact]
    public void Iterators_start_where_their_type_says()
    {
        Create("iterators");
        var sequences = Enumerable.Range(0, 5).Select(i => Put("iterators", "k", $"r{i}").SequenceNumber!).ToList();
        _world.Clock.Advance(TimeSpan.FromSeconds(10));
        Put("iterators", "k", "later");

        Assert.Equal(["r0", "r1", "r2", "r3", "r4", "later"], Get(Iterator("iterators", "shardId-000000000000")).Records!.Select(Text));
        Assert.Equal(["r2", "r3", "r4", "later"], Get(Iterator("iterators", "shardId-000000000000", "AT_SEQUENCE_NUMBER", sequences[2])).Records!.Select(Text));
        Assert.Equal(["r3", "r4", "later"], Get(Iterator("iterators", "shardId-000000000000", "AFTER_SEQUENCE_NUMBER", sequences[2])).Records!.Select(Text));
        Assert.Equal(["later"], Get(Iterator("iterators", "shardId-000000000000", "AT_TIMESTAMP", at: _world.Clock.GetUtcNow())).Records!.Select(Text));
        var latest = Iterator("iterators", "shardId-000000000000", "LATEST");
        Assert.Empty(Get(latest).Records!);
        Put("iterators", "k", "newest");
        Assert.Equal(["newest"], Get(latest).Records!.Select(Text));
    }

    [Theory]
    [InlineData("shardId-000000000001")]
    [InlineData("shardId-1")]
    [InlineData("shard-01")]
    [InlineData("1")]
    public void Shard_ids_are_read_by_the_number_after_their_hyphen_as_AWS_reads_them(string shardId)
    {
        Create("ids", shards: 2);
        Put("ids", "k", "high", explicitHashKey: "340282366920938463463374607431768211455");

        Assert.Equal(["high"], Get(Iterator("ids", shardId)).Records!.Select(Text));
    }

    [Fact]
    public void Unknown_shards_and_misused_sequence_numbers_get_AWS_wording()
    {
        Create("misuse");
        var sequence = Put("misuse", "k", "x").SequenceNumber!;
        string Message(Action call) => Assert.Throws<AwsError>(call).Message;

        Assert.Equal("Shard shardId-000000000007 in stream misuse under account 000000000000 does not exist",
            Message(() => Iterator("misuse", "shardId-7")));
        Assert.Equal("Could not find shard shard-x in stream misuse under account 000000000000.", Message(() => Iterator("misuse", "shard-x")));
        Assert.Equal("Must either specify (1) AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER and StartingSequenceNumber or (2) TRIM_HORIZON or " +
                     "LATEST and no StartingSequenceNumber. Request specified AFTER_SEQUENCE_NUMBER and no StartingSequenceNumber.",
            Message(() => Iterator("misuse", "shardId-000000000000", "AFTER_SEQUENCE_NUMBER")));
        Assert.EndsWith("Request specified LATEST and also a StartingSequenceNumber.",
            Message(() => Iterator("misuse", "shardId-000000000000", "LATEST", sequence)));
        _world.Call("SplitShard", new SplitShardInput { StreamName = "misuse", ShardToSplit = "shardId-000000000000", NewStartingHashKey = "100" });
        var onChild = Put("misuse", "k", "y", explicitHashKey: "5").SequenceNumber!;
        Assert.Equal("Invalid StartingSequenceNumber. It encodes shardId-000000000001, while it was used in a call to a shard with shardId-000000000002",
            Message(() => Iterator("misuse", "shardId-000000000002", "AT_SEQUENCE_NUMBER", onChild)));
        Assert.Equal("Could not find shard shardId-000000000004 in stream misuse under account 000000000000.",
            Message(() => _world.Call("SplitShard", new SplitShardInput { StreamName = "misuse", ShardToSplit = "4", NewStartingHashKey = "100" })));
    }

    [Theory]
    [InlineData("0", false)]
    [InlineData("1", false)]
    [InlineData("2", true)]
    [InlineData("340282366920938463463374607431768211454", true)]
    [InlineData("340282366920938463463374607431768211455", false)]
    [InlineData("340282366920938463463374607431768211456", false)]
    public void A_split_key_must_exceed_the_shards_start_plus_one_and_stay_below_its_end(string newStartingHashKey, bool splits)
    {
        Create("split");
        void Split() => _world.Call("SplitShard", new SplitShardInput { StreamName = "split", ShardToSplit = "shardId-000000000000", NewStartingHashKey = newStartingHashKey });

        if (splits) Split();
        else Assert.Equal("InvalidArgumentException", Assert.Throws<AwsError>(Split).Code);
    }

    [Fact]
    public void GetRecords_pages_by_limit_and_follows_with_the_next_iterator()
    {
        Create("paging");
        for (var i = 0; i < 5; i++) Put("paging", "k", $"r{i}");

        var first = Get(Iterator("paging", "shardId-000000000000"), limit: 3);
        var second = Get(first.NextShardIterator!, limit: 3);

        Assert.Equal(["r0", "r1", "r2"], first.Records!.Select(Text));
        Assert.Equal(["r3", "r4"], second.Records!.Select(Text));
        Assert.Equal(0, second.MillisBehindLatest);
        Assert.NotNull(second.NextShardIterator);
    }

    [Fact]
    public void Iterators_expire_after_five_minutes_and_reject_tampering()
    {
        Create("expiry");
        var iterator = Iterator("expiry", "shardId-000000000000");
        var tampered = iterator[..^4] + (iterator[^4] == 'A' ? "B" : "A") + iterator[^3..];

        Assert.Equal("InvalidArgumentException", Assert.Throws<AwsError>(() => Get(tampered)).Code);
        _world.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        Assert.Equal("ExpiredIteratorException", Assert.Throws<AwsError>(() => Get(iterator)).Code);
    }

    [Fact]
    public void An_iterator_of_a_deleted_and_recreated_stream_is_refused()
    {
        Create("again");
        var iterator = Iterator("again", "shardId-000000000000");
        _world.Call("DeleteStream", new DeleteStreamInput { StreamName = "again" });
        _world.Clock.Advance(TimeSpan.FromSeconds(1));
        Create("again");

        var error = Assert.Throws<AwsError>(() => Get(iterator));
        Assert.Equal("ResourceNotFoundException", error.Code);
        Assert.Equal("Shard shardId-000000000000 in stream again under account 000000000000 does not exist", error.Message);
    }

    [Fact]
    public void Retention_trims_records_by_age_on_the_emulator_clock()
    {
        Create("retention");
        Put("retention", "k", "old");
        _world.Clock.Advance(TimeSpan.FromHours(23));
        Put("retention", "k", "young");
        _world.Clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal(["young"], Get(Iterator("retention", "shardId-000000000000")).Records!.Select(Text));
        _world.Call("IncreaseStreamRetentionPeriod", new IncreaseStreamRetentionPeriodInput { StreamName = "retention", RetentionPeriodHours = 48 });
        Assert.Equal("InvalidArgumentException", Assert.Throws<AwsError>(() =>
            _world.Call("IncreaseStreamRetentionPeriod", new IncreaseStreamRetentionPeriodInput { StreamName = "retention", RetentionPeriodHours = 24 })).Code);
    }

    [Fact]
    public void Invalid_requests_get_AWS_errors()
    {
        Create("errors");

        Assert.Equal("ResourceInUseException", Assert.Throws<AwsError>(() => Create("errors")).Code);
        Assert.Equal("ResourceNotFoundException", Assert.Throws<AwsError>(() => Put("missing", "k", "x")).Code);
        Assert.Equal("ValidationException", Assert.Throws<AwsError>(() => Put("errors", new string('k', 257), "x")).Code);
        Assert.Equal("ValidationException", Assert.Throws<AwsError>(() => Put("errors", "k", "x", explicitHashKey: "-5")).Code);
        Assert.Equal("InvalidArgumentException",
            Assert.Throws<AwsError>(() => Put("errors", "k", "x", explicitHashKey: "340282366920938463463374607431768211456")).Code);
        Assert.Equal("ValidationException", Assert.Throws<AwsError>(() => Create("bad name!")).Code);
        Assert.Equal("ResourceNotFoundException", Assert.Throws<AwsError>(() => Iterator("errors", "shardId-000000000009")).Code);
        Assert.Equal("InvalidArgumentException",
            Assert.Throws<AwsError>(() => Iterator("errors", "shardId-000000000000", "AT_SEQUENCE_NUMBER", "12")).Code);
        var data = new byte[1024 * 1024];
        Assert.Equal("ValidationException", Assert.Throws<AwsError>(() =>
            _world.Call("PutRecord", new PutRecordInput { StreamName = "errors", PartitionKey = "k", Data = data })).Code);
    }

    [Fact]
    public void The_shard_limit_is_enforced_as_LimitExceededException()
    {
        var world = new KinesisWorld(new Emulator.Kinesis.KinesisLimits { ShardLimit = 3 });
        world.Call("CreateStream", new CreateStreamInput { StreamName = "a", ShardCount = 2 });

        var error = Assert.Throws<AwsError>(() => world.Call("CreateStream", new CreateStreamInput { StreamName = "b", ShardCount = 2 }));
        Assert.Equal("LimitExceededException", error.Code);
    }

    [Fact]
    public void Consumers_are_CREATING_then_ACTIVE_and_DELETING_then_gone_after_the_configured_delay()
    {
        var world = new KinesisWorld(new Emulator.Kinesis.KinesisLimits { StatusDelay = TimeSpan.FromMilliseconds(500) });
        world.Call("CreateStream", new CreateStreamInput { StreamName = "fan", ShardCount = 1 });
        world.Clock.Advance(TimeSpan.FromMilliseconds(500));
        var arn = "arn:aws:kinesis:us-east-1:000000000000:stream/fan";
        var registered = world.Call<RegisterStreamConsumerOutput>("RegisterStreamConsumer",
            new RegisterStreamConsumerInput { StreamARN = arn, ConsumerName = "reader" }).Consumer!;
        string Status() => world.Call<DescribeStreamConsumerOutput>("DescribeStreamConsumer",
            new DescribeStreamConsumerInput { ConsumerARN = registered.ConsumerARN }).ConsumerDescription!.ConsumerStatus!;
        AwsError Subscribe() => Assert.Throws<AwsError>(() => world.Call("SubscribeToShard", new SubscribeToShardInput
        {
            ConsumerARN = registered.ConsumerARN, ShardId = "shardId-000000000000", StartingPosition = new StartingPosition { Type = "LATEST" },
        }));

        Assert.Equal("CREATING", registered.ConsumerStatus);
        Assert.Equal("CREATING", Status());
        Assert.Equal("ResourceInUseException", Subscribe().Code);
        world.Clock.Advance(TimeSpan.FromMilliseconds(500));
        Assert.Equal("ACTIVE", Status());

        world.Call("DeregisterStreamConsumer", new DeregisterStreamConsumerInput { ConsumerARN = registered.ConsumerARN });
        Assert.Equal("DELETING", Status());
        world.Clock.Advance(TimeSpan.FromMilliseconds(500));
        Assert.Equal("ResourceNotFoundException", Assert.Throws<AwsError>(Status).Code);
    }

    [Theory]
    [InlineData("DeregisterStreamConsumer")]
    [InlineData("DeleteStream")]
    public async Task A_subscription_ends_when_its_consumer_or_stream_goes(string operation)
    {
        _world.Call("CreateStream", new CreateStreamInput { StreamName = "gone", ShardCount = 1 });
        var arn = "arn:aws:kinesis:us-east-1:000000000000:stream/gone";
        var consumer = _world.Call<RegisterStreamConsumerOutput>("RegisterStreamConsumer",
            new RegisterStreamConsumerInput { StreamARN = arn, ConsumerName = "reader" }).Consumer!.ConsumerARN!;
        var events = _world.Call<Emulator.Kinesis.Streams.ShardEventStream>("SubscribeToShard", new SubscribeToShardInput
        {
            ConsumerARN = consumer, ShardId = "shardId-000000000000", StartingPosition = new StartingPosition { Type = "TRIM_HORIZON" },
        });

        _world.Call(operation, operation == "DeleteStream"
            ? new DeleteStreamInput { StreamName = "gone", EnforceConsumerDeletion = true }
            : new DeregisterStreamConsumerInput { ConsumerARN = consumer });

        var types = new List<string>();
        await foreach (var item in events.Events(CancellationToken.None).WithCancellation(CancellationToken.None))
            types.Add(item.Type);
        Assert.Equal(["initial-response"], types);
    }

    [Fact]
    public void Without_a_delay_a_consumer_answers_CREATING_and_is_ACTIVE_at_once()
    {
        _world.Call("CreateStream", new CreateStreamInput { StreamName = "instant", ShardCount = 1 });
        var registered = _world.Call<RegisterStreamConsumerOutput>("RegisterStreamConsumer", new RegisterStreamConsumerInput
        {
            StreamARN = "arn:aws:kinesis:us-east-1:000000000000:stream/instant", ConsumerName = "reader",
        }).Consumer!;

        Assert.Equal("CREATING", registered.ConsumerStatus);
        Assert.Equal("ACTIVE", _world.Call<DescribeStreamConsumerOutput>("DescribeStreamConsumer",
            new DescribeStreamConsumerInput { ConsumerARN = registered.ConsumerARN }).ConsumerDescription!.ConsumerStatus);
    }

    [Fact]
    public void UpdateShardCount_keeps_AWS_scaling_limits_as_LimitExceededException()
    {
        var world = new KinesisWorld(new Emulator.Kinesis.KinesisLimits { StreamShardLimit = 6, ShardCountUpdatesPerDay = 3 });
        world.Call("CreateStream", new CreateStreamInput { StreamName = "scale", ShardCount = 2 });
        AwsError Scale(int target) => Assert.Throws<AwsError>(() => world.Call("UpdateShardCount",
            new UpdateShardCountInput { StreamName = "scale", TargetShardCount = target, ScalingType = "UNIFORM_SCALING" }));
        int OpenShards() => world.Call<DescribeStreamSummaryOutput>("DescribeStreamSummary",
            new DescribeStreamSummaryInput { StreamName = "scale" }).StreamDescriptionSummary!.OpenShardCount!.Value;
        void Update(int target) => world.Call("UpdateShardCount",
            new UpdateShardCountInput { StreamName = "scale", TargetShardCount = target, ScalingType = "UNIFORM_SCALING" });

        var up = Scale(5);
        Assert.Equal("LimitExceededException", up.Code);
        Assert.Equal("UpdateShardCount cannot scale up over double your current open shard count. Current open shard count: 2, Target shard count: 5",
            up.Message);
        Update(4);
        Assert.Equal("UpdateShardCount cannot scale down below half your current open shard count. Current open shard count: 4, Target shard count: 1",
            Scale(1).Message);
        Assert.Equal("Target shard count or number of open shards cannot be greater than 6. Current open shard count: 4, Target shard count: 8",
            Scale(8).Message);

        Update(2);
        Update(3);
        var quota = Scale(2);
        Assert.Equal("LimitExceededException", quota.Code);
        Assert.Contains("at most 3 times in a rolling 24-hour period", quota.Message);
        Assert.Equal(3, OpenShards());
        world.Clock.Advance(TimeSpan.FromHours(24));
        Update(2);
        Assert.Equal(2, OpenShards());
    }

    [Fact]
    public void On_demand_streams_are_limited_per_account_whether_created_or_converted()
    {
        var world = new KinesisWorld(new Emulator.Kinesis.KinesisLimits { OnDemandStreamCountLimit = 1 });
        world.Call("CreateStream", new CreateStreamInput { StreamName = "first", StreamModeDetails = new StreamModeDetails { StreamMode = "ON_DEMAND" } });
        world.Call("CreateStream", new CreateStreamInput { StreamName = "provisioned", ShardCount = 1 });

        Assert.Equal("LimitExceededException", Assert.Throws<AwsError>(() => world.Call("CreateStream",
            new CreateStreamInput { StreamName = "second", StreamModeDetails = new StreamModeDetails { StreamMode = "ON_DEMAND" } })).Code);
        Assert.Equal("LimitExceededException", Assert.Throws<AwsError>(() => world.Call("UpdateStreamMode", new UpdateStreamModeInput
        {
            StreamARN = "arn:aws:kinesis:us-east-1:000000000000:stream/provisioned", StreamModeDetails = new StreamModeDetails { StreamMode = "ON_DEMAND" },
        })).Code);
        Assert.Equal(1, world.Call<DescribeLimitsOutput>("DescribeLimits", new DescribeLimitsInput()).OnDemandStreamCount);
    }

    [Fact]
    public void Listing_answers_at_most_a_hundred_streams_or_shards_whatever_the_limit_asks()
    {
        foreach (var i in Enumerable.Range(0, 101)) Create($"many-{i:D3}");
        Create("wide", shards: 101);

        var streams = _world.Call<ListStreamsOutput>("ListStreams", new ListStreamsInput { Limit = 500 });
        Assert.Equal(100, streams.StreamNames!.Count);
        Assert.True(streams.HasMoreStreams);
        var described = _world.Call<DescribeStreamOutput>("DescribeStream", new DescribeStreamInput { StreamName = "wide", Limit = 500 }).StreamDescription!;
        Assert.Equal(100, described.Shards!.Count);
        Assert.True(described.HasMoreShards);
    }

    [Fact]
    public void Warm_throughput_belongs_to_on_demand_streams()
    {
        Create("warm");
        var arn = "arn:aws:kinesis:us-east-1:000000000000:stream/warm";
        void Mode(string mode, int? warm) => _world.Call("UpdateStreamMode", new UpdateStreamModeInput
        {
            StreamARN = arn, StreamModeDetails = new StreamModeDetails { StreamMode = mode }, WarmThroughputMiBps = warm,
        });
        int? Warm() => _world.Call<DescribeStreamSummaryOutput>("DescribeStreamSummary", new DescribeStreamSummaryInput { StreamARN = arn })
            .StreamDescriptionSummary!.WarmThroughput?.TargetMiBps;

        Mode("ON_DEMAND", 50);
        Assert.Equal(50, Warm());
        Assert.Equal("InvalidArgumentException", Assert.Throws<AwsError>(() => Mode("PROVISIONED", 10)).Code);
        Mode("PROVISIONED", null);
        Assert.Null(Warm());
    }

    [Fact]
    public void Page_tokens_last_300_seconds_on_the_emulator_clock()
    {
        Create("paged", shards: 3);
        Create("paged-2");
        string ShardsToken() => _world.Call<ListShardsOutput>("ListShards", new ListShardsInput { StreamName = "paged", MaxResults = 1 }).NextToken!;
        string StreamsToken() => _world.Call<ListStreamsOutput>("ListStreams", new ListStreamsInput { Limit = 1 }).NextToken!;
        var shards = ShardsToken();
        var streams = StreamsToken();

        _world.Clock.Advance(TimeSpan.FromSeconds(300));
        Assert.Single(_world.Call<ListShardsOutput>("ListShards", new ListShardsInput { NextToken = shards, MaxResults = 1 }).Shards!);
        _world.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("ExpiredNextTokenException",
            Assert.Throws<AwsError>(() => _world.Call("ListShards", new ListShardsInput { NextToken = shards })).Code);
        Assert.Equal("ExpiredNextTokenException",
            Assert.Throws<AwsError>(() => _world.Call("ListStreams", new ListStreamsInput { NextToken = streams })).Code);
        Assert.Equal("NextToken and ExclusiveStartShardId cannot be provided together.", Assert.Throws<AwsError>(() => _world.Call("ListShards",
            new ListShardsInput { NextToken = ShardsToken(), ExclusiveStartShardId = "shardId-000000000000" })).Message);
    }

    [Fact]
    public void Status_changes_take_the_configured_delay_on_the_emulator_clock()
    {
        var world = new KinesisWorld(new Emulator.Kinesis.KinesisLimits { StatusDelay = TimeSpan.FromMilliseconds(500) });
        world.Call("CreateStream", new CreateStreamInput { StreamName = "slow", ShardCount = 1 });
        string Status() => world.Call<DescribeStreamSummaryOutput>("DescribeStreamSummary",
            new DescribeStreamSummaryInput { StreamName = "slow" }).StreamDescriptionSummary!.StreamStatus!;

        Assert.Equal("CREATING", Status());
        Assert.Equal("ResourceInUseException", Assert.Throws<AwsError>(() => world.Call("SplitShard",
            new SplitShardInput { StreamName = "slow", ShardToSplit = "shardId-000000000000", NewStartingHashKey = "100" })).Code);
        world.Clock.Advance(TimeSpan.FromMilliseconds(500));
        Assert.Equal("ACTIVE", Status());
    }

    [Fact]
    public void With_throughput_limits_on_a_shard_refuses_what_exceeds_its_quotas_each_second()
    {
        var world = new KinesisWorld(new Emulator.Kinesis.KinesisLimits { EnforceThroughput = true });
        world.Call("CreateStream", new CreateStreamInput { StreamName = "limited", ShardCount = 1 });
        var entries = Enumerable.Range(0, 500).Select(i => new PutRecordsRequestEntry { PartitionKey = "k", Data = [1] }).ToList();

        Assert.Equal(0, world.Call<PutRecordsOutput>("PutRecords", new PutRecordsInput { StreamName = "limited", Records = entries }).FailedRecordCount);
        Assert.Equal(0, world.Call<PutRecordsOutput>("PutRecords", new PutRecordsInput { StreamName = "limited", Records = entries }).FailedRecordCount);
        var third = world.Call<PutRecordsOutput>("PutRecords", new PutRecordsInput { StreamName = "limited", Records = entries });
        Assert.Equal(500, third.FailedRecordCount);
        Assert.Equal("ProvisionedThroughputExceededException", third.Records![0].ErrorCode);
        Assert.Equal("ProvisionedThroughputExceededException", Assert.Throws<AwsError>(() =>
            world.Call("PutRecord", new PutRecordInput { StreamName = "limited", PartitionKey = "k", Data = [1] })).Code);

        var iterator = world.Call<GetShardIteratorOutput>("GetShardIterator", new GetShardIteratorInput
        {
            StreamName = "limited", ShardId = "shardId-000000000000", ShardIteratorType = "LATEST",
        }).ShardIterator;
        for (var i = 0; i < 5; i++) world.Call<GetRecordsOutput>("GetRecords", new GetRecordsInput { ShardIterator = iterator });
        Assert.Equal("ProvisionedThroughputExceededException", Assert.Throws<AwsError>(() =>
            world.Call("GetRecords", new GetRecordsInput { ShardIterator = iterator })).Code);

        world.Clock.Advance(TimeSpan.FromSeconds(1));
        world.Call("PutRecord", new PutRecordInput { StreamName = "limited", PartitionKey = "k", Data = [1] });
        world.Call<GetRecordsOutput>("GetRecords", new GetRecordsInput { ShardIterator = iterator });
    }

    // Found by the Kinesis CBOR fuzz target: with a shard open, ShardCount 2147483647 overflowed the quota check and
    // the stream's hash key ranges ran out of memory.
    [Fact]
    public void A_shard_count_past_the_quota_is_refused_with_shards_already_open()
    {
        Create("first");

        Assert.Equal("LimitExceededException", Assert.Throws<AwsError>(() => Create("huge", int.MaxValue)).Code);
    }
}
