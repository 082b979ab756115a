using Emulator.Sqs.Queues;

namespace Emulator.Tests.Sqs.Queues;

public class QueueAttributeParserTests
{
    private readonly QueueWorld _world = new();

    [Fact]
    public void A_queue_without_attributes_has_AWS_defaults()
    {
        var settings = _world.Queue("plain").Settings;

        Assert.Equal(0, settings.DelaySeconds);
        Assert.Equal(1_048_576, settings.MaximumMessageSize);
        Assert.Equal(345_600, settings.MessageRetentionPeriod);
        Assert.Equal(0, settings.ReceiveMessageWaitTimeSeconds);
        Assert.Equal(30, settings.VisibilityTimeout);
        Assert.Equal(300, settings.KmsDataKeyReusePeriodSeconds);
        Assert.True(settings.SqsManagedSseEnabled);
        Assert.Null(settings.KmsMasterKeyId);
        Assert.Null(settings.Policy);
        Assert.Null(settings.RedrivePolicy);
        Assert.Equal(RedriveAllowPolicy.Default, settings.RedriveAllowPolicy);
    }

    [Theory]
    [InlineData("DelaySeconds", "0", "900", "-1", "901")]
    [InlineData("MaximumMessageSize", "1024", "1048576", "1023", "1048577")]
    [InlineData("MessageRetentionPeriod", "60", "1209600", "59", "1209601")]
    [InlineData("ReceiveMessageWaitTimeSeconds", "0", "20", "-1", "21")]
    [InlineData("VisibilityTimeout", "0", "43200", "-1", "43201")]
    [InlineData("KmsDataKeyReusePeriodSeconds", "60", "86400", "59", "86401")]
    public void Numeric_attributes_accept_their_range_and_refuse_what_lies_outside(string name, string min, string max, string below, string above)
    {
        var queue = _world.Queue("ranges");
        _world.Set(queue, new() { [name] = min });
        Assert.Equal(min, QueueAttributeWriter.Text(queue.Settings, name));
        _world.Set(queue, new() { [name] = max });
        Assert.Equal(max, QueueAttributeWriter.Text(queue.Settings, name));

        foreach (var bad in new[] { below, above, "", " 5", "5 ", "+5", "1.5", "ten", "99999999999" })
        {
            var error = QueueWorld.Fails(() => _world.Set(queue, new() { [name] = bad }));
            Assert.Equal("InvalidAttributeValue", error.Code);
            Assert.Equal($"Invalid value for the parameter {name}.", error.Message);
            Assert.Equal(400, error.Status);
        }
        Assert.Equal(max, QueueAttributeWriter.Text(queue.Settings, name));
    }

    [Theory]
    [InlineData("Colour")]
    [InlineData("All")]
    [InlineData("QueueArn")]
    [InlineData("ApproximateNumberOfMessages")]
    [InlineData("CreatedTimestamp")]
    [InlineData("visibilitytimeout")]
    public void Unknown_and_read_only_names_are_InvalidAttributeName(string name)
    {
        var error = QueueWorld.Fails(() => _world.Set(_world.Queue("names"), new() { [name] = "1" }));

        Assert.Equal("InvalidAttributeName", error.Code);
        Assert.Equal($"Unknown Attribute {name}.", error.Message);
    }

    [Theory]
    [InlineData("FifoQueue", "true", "Unknown Attribute FifoQueue.")]
    [InlineData("FifoQueue", "false", "Unknown Attribute FifoQueue.")]
    [InlineData("ContentBasedDeduplication", "true", "Unknown Attribute ContentBasedDeduplication.")]
    [InlineData("DeduplicationScope", "queue", "You can specify the DeduplicationScope only when FifoQueue is set to true.")]
    [InlineData("FifoThroughputLimit", "perQueue", "You can specify the FifoThroughputLimit only when FifoQueue is set to true.")]
    public void Fifo_attributes_are_unknown_to_standard_queues(string name, string value, string message)
    {
        var error = QueueWorld.Fails(() => _world.Set(_world.Queue("standard"), new() { [name] = value }));

        Assert.Equal("InvalidAttributeName", error.Code);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Names_are_checked_before_values()
    {
        var error = QueueWorld.Fails(() => _world.Set(_world.Queue("order"), new() { ["DelaySeconds"] = "-1", ["Colour"] = "x" }));

        Assert.Equal("InvalidAttributeName", error.Code);
    }

    [Fact]
    public void A_failed_change_leaves_every_attribute_as_it_was()
    {
        var queue = _world.Queue("atomic", new() { ["DelaySeconds"] = "5" });

        QueueWorld.Fails(() => _world.Set(queue, new() { ["DelaySeconds"] = "10", ["VisibilityTimeout"] = "43201" }));

        Assert.Equal(5, queue.Settings.DelaySeconds);
        Assert.Equal(30, queue.Settings.VisibilityTimeout);
    }

    [Fact]
    public void Fifo_queues_keep_their_type()
    {
        var queue = _world.Queue("keep.fifo", new() { ["FifoQueue"] = "true" });

        _world.Set(queue, new() { ["FifoQueue"] = "true" });
        var error = QueueWorld.Fails(() => _world.Set(queue, new() { ["FifoQueue"] = "false" }));

        Assert.Equal("InvalidAttributeValue", error.Code);
        Assert.Equal("Invalid value for the parameter FifoQueue. Reason: Modifying queue type is not supported.", error.Message);
        Assert.True(queue.Settings.FifoQueue);
    }

    [Fact]
    public void Fifo_queues_have_AWS_defaults_and_accept_their_enumerations()
    {
        var queue = _world.Queue("defaults.fifo", new() { ["FifoQueue"] = "true" });
        Assert.False(queue.Settings.ContentBasedDeduplication);
        Assert.Equal("queue", queue.Settings.DeduplicationScope);
        Assert.Equal("perQueue", queue.Settings.FifoThroughputLimit);

        _world.Set(queue, new() { ["DeduplicationScope"] = "messageGroup", ["FifoThroughputLimit"] = "perMessageGroupId", ["ContentBasedDeduplication"] = "true" });

        Assert.True(queue.Settings.ContentBasedDeduplication);
        Assert.Equal("messageGroup", queue.Settings.DeduplicationScope);
        Assert.Equal("perMessageGroupId", queue.Settings.FifoThroughputLimit);
        foreach (var (name, bad) in new[] { ("DeduplicationScope", "MessageGroup"), ("FifoThroughputLimit", "perGroup"), ("ContentBasedDeduplication", "yes") })
            Assert.Equal($"Invalid value for the parameter {name}.", QueueWorld.Fails(() => _world.Set(queue, new() { [name] = bad })).Message);
    }

    [Fact]
    public void Per_group_throughput_needs_per_group_deduplication()
    {
        var queue = _world.Queue("throughput.fifo", new() { ["FifoQueue"] = "true" });

        var error = QueueWorld.Fails(() => _world.Set(queue, new() { ["FifoThroughputLimit"] = "perMessageGroupId" }));
        Assert.Equal("InvalidAttributeValue", error.Code);
        Assert.Equal("The perMessageGroupId value is allowed only when the value for DeduplicationScope is messageGroup", error.Message);

        _world.Set(queue, new() { ["FifoThroughputLimit"] = "perMessageGroupId", ["DeduplicationScope"] = "messageGroup" });
        QueueWorld.Fails(() => _world.Set(queue, new() { ["DeduplicationScope"] = "queue" }));
        Assert.Equal("messageGroup", queue.Settings.DeduplicationScope);
    }

    [Fact]
    public void A_KMS_key_replaces_SQS_managed_encryption_and_back()
    {
        var queue = _world.Queue("sse");

        _world.Set(queue, new() { ["KmsMasterKeyId"] = "alias/aws/sqs" });
        Assert.Equal("alias/aws/sqs", queue.Settings.KmsMasterKeyId);
        Assert.False(queue.Settings.SqsManagedSseEnabled);

        _world.Set(queue, new() { ["SqsManagedSseEnabled"] = "true" });
        Assert.Null(queue.Settings.KmsMasterKeyId);
        Assert.True(queue.Settings.SqsManagedSseEnabled);
        Assert.False(queue.Settings.Raw.ContainsKey("KmsMasterKeyId"));

        _world.Set(queue, new() { ["SqsManagedSseEnabled"] = "false" });
        Assert.False(queue.Settings.SqsManagedSseEnabled);
        Assert.Null(queue.Settings.KmsMasterKeyId);
    }

    [Fact]
    public void Both_kinds_of_encryption_at_once_are_refused()
    {
        var error = QueueWorld.Fails(() => _world.Queue("both", new() { ["SqsManagedSseEnabled"] = "true", ["KmsMasterKeyId"] = "alias/aws/sqs" }));

        Assert.Equal("InvalidAttributeName", error.Code);
        Assert.Equal("You can use one type of server-side encryption (SSE) at one time. You can either enable KMS SSE or SQS SSE.", error.Message);
        Assert.Equal("k", _world.Queue("key-off", new() { ["SqsManagedSseEnabled"] = "false", ["KmsMasterKeyId"] = "k" }).Settings.KmsMasterKeyId);
    }

    [Fact]
    public void Policy_must_be_a_JSON_object_and_is_kept_as_written()
    {
        var queue = _world.Queue("policy");
        const string policy = "{ \"Version\": \"2012-10-17\", \"Statement\": [] }";

        _world.Set(queue, new() { ["Policy"] = policy });
        Assert.Equal(policy, queue.Settings.Policy);

        foreach (var bad in new[] { "not json", "[]", "\"text\"", "{\"a\":1} trailing", "{\"a\":1,\"a\":2}" })
        {
            var error = QueueWorld.Fails(() => _world.Set(queue, new() { ["Policy"] = bad }));
            Assert.Equal("InvalidAttributeValue", error.Code);
            Assert.Equal("Invalid value for the parameter Policy.", error.Message);
        }
        Assert.Equal(policy, queue.Settings.Policy);
    }

    [Fact]
    public void A_policy_holds_at_most_twenty_statements()
    {
        var statements = string.Join(",", Enumerable.Range(1, 21).Select(i => $"{{\"Sid\":\"s{i}\",\"Effect\":\"Allow\"}}"));

        var error = QueueWorld.Fails(() => _world.Queue("statements", new() { ["Policy"] = $"{{\"Statement\":[{statements}]}}" }));

        Assert.Equal("OverLimit", error.Code);
        Assert.Equal(403, error.Status);
        Assert.Equal("21 statements were found in the submitted policy, max allowed is 20", error.Message);
    }

    [Theory]
    [InlineData("Policy", "{}")]
    [InlineData("RedriveAllowPolicy", "{\"redrivePermission\":\"denyAll\"}")]
    [InlineData("KmsMasterKeyId", "alias/aws/sqs")]
    public void An_empty_value_clears_an_optional_attribute(string name, string value)
    {
        var queue = _world.Queue("clear-" + name.ToLowerInvariant(), new() { [name] = value });
        Assert.Equal(value, QueueAttributeWriter.Text(queue.Settings, name));

        _world.Set(queue, new() { [name] = "" });

        Assert.Null(QueueAttributeWriter.Text(queue.Settings, name));
        Assert.False(queue.Settings.Raw.ContainsKey(name));
    }

    [Fact]
    public void The_raw_map_keeps_values_as_clients_wrote_them()
    {
        var queue = _world.Queue("raw", new() { ["DelaySeconds"] = "7" });
        _world.Set(queue, new() { ["VisibilityTimeout"] = "60" });

        Assert.Equal(new Dictionary<string, string> { ["DelaySeconds"] = "7", ["VisibilityTimeout"] = "60" }, queue.Settings.Raw);
    }

    [Fact]
    public void Boolean_attributes_take_true_and_false_in_any_case()
    {
        var queue = _world.Queue("bools.fifo", new() { ["FifoQueue"] = "TRUE", ["ContentBasedDeduplication"] = "True" });

        Assert.True(queue.Settings.ContentBasedDeduplication);
        Assert.Equal("Invalid value for the parameter SqsManagedSseEnabled.",
            QueueWorld.Fails(() => _world.Set(queue, new() { ["SqsManagedSseEnabled"] = "1" })).Message);
    }
}
