using Emulator.Sqs.Queues;

namespace Emulator.Tests.Sqs.Queues;

public class RedrivePolicyTests
{
    private readonly QueueWorld _world = new();

    private static string Policy(string target, object maxReceiveCount) =>
        $"{{\"deadLetterTargetArn\":\"{target}\",\"maxReceiveCount\":{maxReceiveCount}}}";

    private static string Arn(string name, string account = QueueWorld.Account, string region = QueueWorld.Region) =>
        $"arn:aws:sqs:{region}:{account}:{name}";

    [Fact]
    public void A_policy_names_an_existing_queue_and_is_reported_in_canonical_form()
    {
        _world.Queue("dlq");

        var queue = _world.Queue("source", new() { ["RedrivePolicy"] = $"{{\"maxReceiveCount\":\"5\", \"deadLetterTargetArn\":\"{Arn("dlq")}\"}}" });

        Assert.Equal(new RedrivePolicy(Arn("dlq"), 5), queue.Settings.RedrivePolicy);
        Assert.Equal(Policy(Arn("dlq"), 5), QueueAttributeWriter.Text(queue.Settings, "RedrivePolicy"));
    }

    [Fact]
    public void An_empty_value_removes_the_policy()
    {
        _world.Queue("dlq");
        var queue = _world.Queue("source", new() { ["RedrivePolicy"] = Policy(Arn("dlq"), 3) });

        _world.Set(queue, new() { ["RedrivePolicy"] = "" });

        Assert.Null(queue.Settings.RedrivePolicy);
    }

    [Theory]
    [InlineData(" ", "Invalid value for the parameter RedrivePolicy. Reason: Redrive policy is not a valid JSON map.")]
    [InlineData("[]", "Invalid value for the parameter RedrivePolicy. Reason: Redrive policy is not a valid JSON map.")]
    [InlineData("{}", "Value {} for parameter RedrivePolicy is invalid. Reason: Redrive policy does not contain mandatory attribute: maxReceiveCount.")]
    [InlineData("{\"maxReceiveCount\":5}",
        "Value {\"maxReceiveCount\":5} for parameter RedrivePolicy is invalid. Reason: Redrive policy does not contain mandatory attribute: deadLetterTargetArn.")]
    [InlineData("{\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-1:000000000000:dlq\",\"maxReceiveCount\":-36}",
        "Value {\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-1:000000000000:dlq\",\"maxReceiveCount\":-36} for parameter RedrivePolicy is invalid. Reason: Invalid value for maxReceiveCount: -36, valid values are from 1 to 1000 both inclusive.")]
    [InlineData("{\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-1:000000000000:dlq\",\"maxReceiveCount\":1001}",
        "Value {\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-1:000000000000:dlq\",\"maxReceiveCount\":1001} for parameter RedrivePolicy is invalid. Reason: Invalid value for maxReceiveCount: 1001, valid values are from 1 to 1000 both inclusive.")]
    [InlineData("{\"deadLetterTargetArn\":\"arn:aws:sns:us-east-1:000000000000:topic\",\"maxReceiveCount\":5}",
        "Value {\"deadLetterTargetArn\":\"arn:aws:sns:us-east-1:000000000000:topic\",\"maxReceiveCount\":5} for parameter RedrivePolicy is invalid. Reason: Only SQS queues are valid resources for deadLetterTargetArn.")]
    [InlineData("{\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-1:000000000000:dlq\",\"maxReceiveCount\":5,\"extra\":1}",
        "Value {\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-1:000000000000:dlq\",\"maxReceiveCount\":5,\"extra\":1} for parameter RedrivePolicy is invalid. Reason: Only following attributes are supported: [maxReceiveCount, deadLetterTargetArn].")]
    public void Malformed_policies_get_AWS_reasons(string policy, string message)
    {
        _world.Queue("dlq");

        var error = QueueWorld.Fails(() => _world.Queue("source", new() { ["RedrivePolicy"] = policy }));

        Assert.Equal("InvalidAttributeValue", error.Code);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void The_target_must_exist()
    {
        var policy = Policy(Arn("missing"), 5);

        var error = QueueWorld.Fails(() => _world.Queue("source", new() { ["RedrivePolicy"] = policy }));

        Assert.Equal($"Value {policy} for parameter RedrivePolicy is invalid. Reason: Dead letter target does not exist.", error.Message);
    }

    [Fact]
    public void The_target_must_be_of_the_same_type()
    {
        _world.Queue("dlq.fifo", new() { ["FifoQueue"] = "true" });
        _world.Queue("dlq");

        var toFifo = QueueWorld.Fails(() => _world.Queue("source", new() { ["RedrivePolicy"] = Policy(Arn("dlq.fifo"), 5) }));
        var toStandard = QueueWorld.Fails(() => _world.Queue("source.fifo", new() { ["FifoQueue"] = "true", ["RedrivePolicy"] = Policy(Arn("dlq"), 5) }));

        Assert.EndsWith("Reason: Dead-letter queue must be same type of queue as the source..", toFifo.Message);
        Assert.EndsWith("Reason: Dead-letter queue must be same type of queue as the source..", toStandard.Message);
        Assert.NotNull(_world.Queue("ok.fifo", new() { ["FifoQueue"] = "true", ["RedrivePolicy"] = Policy(Arn("dlq.fifo"), 5) }).Settings.RedrivePolicy);
    }

    [Fact]
    public void The_target_redrive_allow_policy_decides_which_sources_may_use_it()
    {
        _world.Queue("closed", new() { ["RedriveAllowPolicy"] = "{\"redrivePermission\":\"denyAll\"}" });
        _world.Queue("listed", new() { ["RedriveAllowPolicy"] = $"{{\"redrivePermission\":\"byQueue\",\"sourceQueueArns\":[\"{Arn("chosen")}\"]}}" });

        var denied = QueueWorld.Fails(() => _world.Queue("source", new() { ["RedrivePolicy"] = Policy(Arn("closed"), 5) }));
        var notListed = QueueWorld.Fails(() => _world.Queue("other", new() { ["RedrivePolicy"] = Policy(Arn("listed"), 5) }));

        Assert.Equal("InvalidAttributeValue", denied.Code);
        Assert.Equal("InvalidAttributeValue", notListed.Code);
        Assert.NotNull(_world.Queue("chosen", new() { ["RedrivePolicy"] = Policy(Arn("listed"), 5) }).Settings.RedrivePolicy);
    }

    [Fact]
    public void By_default_only_queues_of_the_same_account_and_region_may_use_a_dead_letter_queue()
    {
        _world.Queue("dlq");

        QueueWorld.Fails(() => _world.Queue("abroad", new() { ["RedrivePolicy"] = Policy(Arn("dlq"), 5) }, region: "eu-west-1"));
        QueueWorld.Fails(() => _world.Queue("foreign", new() { ["RedrivePolicy"] = Policy(Arn("dlq"), 5) }, account: "123456789012"));
    }
}
