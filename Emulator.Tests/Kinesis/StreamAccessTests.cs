using Emulator.Kinesis.Shapes;
using Emulator.Kinesis.Streams;
using Emulator.Protocol.Errors;

namespace Emulator.Tests.Kinesis;

/// <summary>Cross-account calls on streams and consumers, through the operations, decided by their resource policies.</summary>
public class StreamAccessTests
{
    private const string Owner = "111111111111";
    private const string Other = "222222222222";
    private const string StreamArn = $"arn:aws:kinesis:us-east-1:{Owner}:stream/shared";

    private readonly KinesisWorld _world = new();

    public StreamAccessTests() =>
        _world.Call("CreateStream", new CreateStreamInput { StreamName = "shared", ShardCount = 1 }, account: Owner);

    private static string Allow(string action, string principal = $"\"{Other}\"") =>
        $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":{{principal}}},"Action":"{{action}}"}]}""";

    private void Share(string policy, string resource = StreamArn) =>
        _world.Call("PutResourcePolicy", new PutResourcePolicyInput { ResourceARN = resource, Policy = policy }, account: Owner);

    private PutRecordOutput PutRecord(string account) => _world.Call<PutRecordOutput>("PutRecord",
        new PutRecordInput { StreamARN = StreamArn, PartitionKey = "k", Data = [1, 2, 3] }, account: account);

    private string RegisterConsumer() => _world.Call<RegisterStreamConsumerOutput>("RegisterStreamConsumer",
        new RegisterStreamConsumerInput { StreamARN = StreamArn, ConsumerName = "fan" }, account: Owner).Consumer!.ConsumerARN!;

    private static AwsError Denied(Action call) => Assert.Throws<AwsError>(call);

    [Fact]
    public void The_owner_is_always_allowed_even_by_a_policy_that_denies_everyone()
    {
        Share("""{"Statement":[{"Effect":"Deny","Principal":"*","Action":"kinesis:*"}]}""");

        Assert.NotNull(PutRecord(Owner).SequenceNumber);
        _world.Call("DeleteStream", new DeleteStreamInput { StreamARN = StreamArn }, account: Owner);
    }

    [Fact]
    public void Another_account_is_denied_as_AWS_words_it_when_no_policy_allows_the_action()
    {
        var error = Denied(() => PutRecord(Other));

        Assert.Equal(("AccessDeniedException", 400), (error.Code, error.Status));
        Assert.Equal($"User: arn:aws:iam::{Other}:root is not authorized to perform: kinesis:PutRecord on resource: {StreamArn} " +
                     "because no resource-based policy allows the kinesis:PutRecord action", error.Message);
    }

    [Theory]
    [InlineData($"\"{Other}\"")]
    [InlineData($"\"arn:aws:iam::{Other}:root\"")]
    [InlineData($"[\"333333333333\", \"arn:aws:iam::{Other}:role/producer\"]")]
    [InlineData("\"*\"")]
    public void A_policy_allows_the_account_by_id_root_any_of_its_principals_or_everyone(string principal)
    {
        Share(Allow("kinesis:PutRecord", principal));

        Assert.NotNull(PutRecord(Other).SequenceNumber);
    }

    [Fact]
    public void A_policy_for_one_account_leaves_the_others_out()
    {
        Share(Allow("kinesis:PutRecord"));

        Assert.Equal("AccessDeniedException", Denied(() => PutRecord("444444444444")).Code);
    }

    [Theory]
    [InlineData("kinesis:*")]
    [InlineData("kinesis:Put*")]
    [InlineData("KINESIS:putrecord")]
    [InlineData("*")]
    public void Actions_match_with_wildcards_and_in_any_case(string action)
    {
        Share(Allow(action));

        Assert.NotNull(PutRecord(Other).SequenceNumber);
    }

    [Fact]
    public void A_deny_wins_over_an_allow_and_says_so()
    {
        Share($$"""
            {"Statement":[
              {"Effect":"Allow","Principal":{"AWS":"*"},"Action":"kinesis:*"},
              {"Effect":"Deny","Principal":{"AWS":"{{Other}}"},"Action":"kinesis:PutRecord"}]}
            """);

        var error = Denied(() => PutRecord(Other));
        Assert.Equal("AccessDeniedException", error.Code);
        Assert.EndsWith($"kinesis:PutRecord on resource: {StreamArn} with an explicit deny in a resource-based policy", error.Message);
        _world.Call<DescribeStreamSummaryOutput>("DescribeStreamSummary", new DescribeStreamSummaryInput { StreamARN = StreamArn }, account: Other);
    }

    [Fact]
    public void Statements_with_a_condition_do_not_apply_to_direct_calls()
    {
        Share("""
            {"Statement":[{"Effect":"Allow","Principal":{"AWS":"222222222222"},"Action":"kinesis:PutRecord",
              "Condition":{"StringEquals":{"aws:SourceAccount":"222222222222"}}}]}
            """);

        Assert.Equal("AccessDeniedException", Denied(() => PutRecord(Other)).Code);
    }

    [Fact]
    public void A_stream_policy_shares_reading_and_writing_records_and_nothing_that_manages_the_stream()
    {
        Share(Allow("*"));

        _world.Call<DescribeStreamSummaryOutput>("DescribeStreamSummary", new DescribeStreamSummaryInput { StreamARN = StreamArn }, account: Other);
        _world.Call<DescribeStreamOutput>("DescribeStream", new DescribeStreamInput { StreamARN = StreamArn }, account: Other);
        Assert.Single(_world.Call<ListShardsOutput>("ListShards", new ListShardsInput { StreamARN = StreamArn }, account: Other).Shards!);
        _world.Call<PutRecordsOutput>("PutRecords", new PutRecordsInput
        {
            StreamARN = StreamArn, Records = [new PutRecordsRequestEntry { PartitionKey = "k", Data = [1] }],
        }, account: Other);

        (string Operation, object Request)[] managing =
        [
            ("DeleteStream", new DeleteStreamInput { StreamARN = StreamArn }),
            ("AddTagsToStream", new AddTagsToStreamInput { StreamARN = StreamArn, Tags = new() { ["team"] = "other" } }),
            ("IncreaseStreamRetentionPeriod", new IncreaseStreamRetentionPeriodInput { StreamARN = StreamArn, RetentionPeriodHours = 48 }),
            ("RegisterStreamConsumer", new RegisterStreamConsumerInput { StreamARN = StreamArn, ConsumerName = "theirs" }),
            ("ListStreamConsumers", new ListStreamConsumersInput { StreamARN = StreamArn }),
            ("GetResourcePolicy", new GetResourcePolicyInput { ResourceARN = StreamArn }),
            ("PutResourcePolicy", new PutResourcePolicyInput { ResourceARN = StreamArn, Policy = Allow("*", "\"*\"") }),
            ("DeleteResourcePolicy", new DeleteResourcePolicyInput { ResourceARN = StreamArn }),
        ];
        foreach (var (operation, request) in managing)
        {
            var error = Denied(() => _world.Call(operation, request, account: Other));
            Assert.Equal("AccessDeniedException", error.Code);
            Assert.Contains($"kinesis:{operation} on resource: {StreamArn} because", error.Message);
        }
        var policy = _world.Call<GetResourcePolicyOutput>("GetResourcePolicy", new GetResourcePolicyInput { ResourceARN = StreamArn }, account: Owner);
        Assert.Equal(Allow("*"), policy.Policy);
    }

    [Fact]
    public void GetRecords_checks_the_caller_against_the_stream_its_iterator_names()
    {
        PutRecord(Owner);
        var iterator = _world.Call<GetShardIteratorOutput>("GetShardIterator", new GetShardIteratorInput
        {
            StreamARN = StreamArn, ShardId = "shardId-000000000000", ShardIteratorType = "TRIM_HORIZON",
        }, account: Owner).ShardIterator;
        var read = () => _world.Call<GetRecordsOutput>("GetRecords", new GetRecordsInput { ShardIterator = iterator }, account: Other);

        Assert.Contains("kinesis:GetRecords on resource", Denied(() => read()).Message);
        Share(Allow("kinesis:GetRecords"));
        Assert.Single(read().Records!);
    }

    [Fact]
    public void A_consumer_is_shared_by_its_own_policy_not_by_the_streams()
    {
        var consumerArn = RegisterConsumer();
        Share(Allow("*"));
        var describe = () => _world.Call<DescribeStreamConsumerOutput>("DescribeStreamConsumer",
            new DescribeStreamConsumerInput { ConsumerARN = consumerArn }, account: Other);
        var subscribe = () => _world.Call<ShardEventStream>("SubscribeToShard", new SubscribeToShardInput
        {
            ConsumerARN = consumerArn, ShardId = "shardId-000000000000", StartingPosition = new StartingPosition { Type = "LATEST" },
        }, account: Other);

        Assert.Contains($"kinesis:DescribeStreamConsumer on resource: {consumerArn} because", Denied(() => describe()).Message);
        Assert.Contains($"kinesis:SubscribeToShard on resource: {consumerArn} because", Denied(() => subscribe()).Message);

        Share(Allow("kinesis:*"), consumerArn);
        Assert.Equal("fan", describe().ConsumerDescription!.ConsumerName);
        Assert.NotNull(subscribe());
        Assert.Equal("AccessDeniedException", Denied(() => _world.Call("DeregisterStreamConsumer",
            new DeregisterStreamConsumerInput { ConsumerARN = consumerArn }, account: Other)).Code);
    }

    [Fact]
    public void Another_account_must_name_a_consumer_by_its_ARN()
    {
        Share(Allow("kinesis:DescribeStreamConsumer"), RegisterConsumer());

        var error = Denied(() => _world.Call<DescribeStreamConsumerOutput>("DescribeStreamConsumer",
            new DescribeStreamConsumerInput { StreamARN = StreamArn, ConsumerName = "fan" }, account: Other));
        Assert.Contains($"kinesis:DescribeStreamConsumer on resource: {StreamArn} because", error.Message);
    }

    [Fact]
    public void Consumer_policies_are_stored_returned_and_deleted_apart_from_the_streams()
    {
        var consumerArn = RegisterConsumer();
        Share(Allow("kinesis:PutRecord"));
        Share(Allow("kinesis:SubscribeToShard"), consumerArn);
        string Policy(string arn) =>
            _world.Call<GetResourcePolicyOutput>("GetResourcePolicy", new GetResourcePolicyInput { ResourceARN = arn }, account: Owner).Policy!;

        Assert.Equal(Allow("kinesis:SubscribeToShard"), Policy(consumerArn));
        _world.Call("DeleteResourcePolicy", new DeleteResourcePolicyInput { ResourceARN = consumerArn }, account: Owner);
        Assert.Equal("{}", Policy(consumerArn));
        Assert.Equal(Allow("kinesis:PutRecord"), Policy(StreamArn));
        Assert.Equal("ResourceNotFoundException", Denied(() =>
            _world.Call("DeleteResourcePolicy", new DeleteResourcePolicyInput { ResourceARN = consumerArn }, account: Owner)).Code);
        Assert.Equal("ResourceNotFoundException", Denied(() => Share(Allow("*"), $"{StreamArn}/consumer/ghost:1767225600")).Code);
    }
}
