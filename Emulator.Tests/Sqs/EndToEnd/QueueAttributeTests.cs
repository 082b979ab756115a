using Amazon.SQS;
using Amazon.SQS.Model;
using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Sqs.EndToEnd;

/// <summary>GetQueueAttributes, SetQueueAttributes and ListDeadLetterSourceQueues through AWSSDK.SQS.</summary>
public class QueueAttributeTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    private readonly AmazonSQSClient _sqs = server.CreateSqsClient();

    private async Task<(string Url, string Arn)> Queue(string prefix, Dictionary<string, string>? attributes = null, bool fifo = false)
    {
        var name = EmulatorServer.UniqueName(prefix) + (fifo ? ".fifo" : "");
        if (fifo) (attributes ??= new())["FifoQueue"] = "true";
        var url = (await _sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = name, Attributes = attributes })).QueueUrl;
        return (url, (await _sqs.GetQueueAttributesAsync(url, ["QueueArn"])).Attributes["QueueArn"]);
    }

    private async Task<Dictionary<string, string>> All(string url) => (await _sqs.GetQueueAttributesAsync(url, ["All"])).Attributes;

    private static string Redrive(string arn, int max) => $"{{\"deadLetterTargetArn\":\"{arn}\",\"maxReceiveCount\":{max}}}";

    [Fact]
    public async Task All_reports_AWS_defaults_for_a_standard_queue()
    {
        var (url, arn) = await Queue("defaults");
        var attributes = await All(url);

        Assert.Equal("30", attributes["VisibilityTimeout"]);
        Assert.Equal("1048576", attributes["MaximumMessageSize"]);
        Assert.Equal("345600", attributes["MessageRetentionPeriod"]);
        Assert.Equal("0", attributes["DelaySeconds"]);
        Assert.Equal("0", attributes["ReceiveMessageWaitTimeSeconds"]);
        Assert.Equal("true", attributes["SqsManagedSseEnabled"]);
        Assert.Equal("0", attributes["ApproximateNumberOfMessages"]);
        Assert.Equal(arn, attributes["QueueArn"]);
        Assert.Equal(attributes["CreatedTimestamp"], attributes["LastModifiedTimestamp"]);
        Assert.InRange(long.Parse(attributes["CreatedTimestamp"]), DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60, server.Clock.GetUtcNow().ToUnixTimeSeconds() + 1);
        foreach (var absent in new[] { "FifoQueue", "ContentBasedDeduplication", "Policy", "RedrivePolicy", "KmsMasterKeyId", "KmsDataKeyReusePeriodSeconds" })
            Assert.False(attributes.ContainsKey(absent), absent);
    }

    [Fact]
    public async Task Message_counts_follow_the_messages()
    {
        var (url, _) = await Queue("counts");
        await _sqs.SendMessageAsync(url, "visible");
        await _sqs.SendMessageAsync(url, "received");
        await _sqs.SendMessageAsync(new SendMessageRequest { QueueUrl = url, MessageBody = "delayed", DelaySeconds = 60 });
        await _sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = url, MaxNumberOfMessages = 1 });

        var attributes = (await _sqs.GetQueueAttributesAsync(url,
            ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible", "ApproximateNumberOfMessagesDelayed"])).Attributes;

        Assert.Equal(("1", "1", "1"),
            (attributes["ApproximateNumberOfMessages"], attributes["ApproximateNumberOfMessagesNotVisible"], attributes["ApproximateNumberOfMessagesDelayed"]));
    }

    [Fact]
    public async Task Set_attributes_are_reported_and_move_the_last_modified_time()
    {
        var (url, _) = await Queue("set");
        var created = long.Parse((await All(url))["CreatedTimestamp"]);

        server.AdvanceClock(TimeSpan.FromSeconds(120));
        await _sqs.SetQueueAttributesAsync(url, new Dictionary<string, string>
        {
            ["DelaySeconds"] = "900", ["VisibilityTimeout"] = "0", ["MaximumMessageSize"] = "1024",
            ["MessageRetentionPeriod"] = "1209600", ["ReceiveMessageWaitTimeSeconds"] = "20",
        });

        var attributes = await All(url);
        Assert.Equal(("900", "0", "1024", "1209600", "20"), (attributes["DelaySeconds"], attributes["VisibilityTimeout"],
            attributes["MaximumMessageSize"], attributes["MessageRetentionPeriod"], attributes["ReceiveMessageWaitTimeSeconds"]));
        Assert.Equal(created, long.Parse(attributes["CreatedTimestamp"]));
        Assert.True(long.Parse(attributes["LastModifiedTimestamp"]) >= created + 120);
    }

    [Theory]
    [InlineData("DelaySeconds", "901")]
    [InlineData("MaximumMessageSize", "1023")]
    [InlineData("MessageRetentionPeriod", "59")]
    [InlineData("ReceiveMessageWaitTimeSeconds", "21")]
    [InlineData("VisibilityTimeout", "43201")]
    [InlineData("KmsDataKeyReusePeriodSeconds", "59")]
    [InlineData("SqsManagedSseEnabled", "maybe")]
    [InlineData("Policy", "not json")]
    public async Task Out_of_range_values_are_InvalidAttributeValue(string name, string value)
    {
        var (url, _) = await Queue("range");

        var onSet = await Assert.ThrowsAsync<InvalidAttributeValueException>(() => _sqs.SetQueueAttributesAsync(url, new() { [name] = value }));
        var onCreate = await Assert.ThrowsAsync<InvalidAttributeValueException>(() => _sqs.CreateQueueAsync(new CreateQueueRequest
        {
            QueueName = EmulatorServer.UniqueName("range"), Attributes = new() { [name] = value },
        }));

        Assert.Equal($"Invalid value for the parameter {name}.", onSet.Message);
        Assert.Equal(onSet.Message, onCreate.Message);
        Assert.Equal(400, (int)onSet.StatusCode);
    }

    [Theory]
    [InlineData("Colour")]
    [InlineData("QueueArn")]
    [InlineData("ApproximateNumberOfMessages")]
    [InlineData("FifoQueue")]
    [InlineData("ContentBasedDeduplication")]
    public async Task Unknown_read_only_and_FIFO_names_are_InvalidAttributeName_on_a_standard_queue(string name)
    {
        var (url, _) = await Queue("names");

        var error = await Assert.ThrowsAsync<InvalidAttributeNameException>(() => _sqs.SetQueueAttributesAsync(url, new() { [name] = "true" }));

        Assert.Equal($"Unknown Attribute {name}.", error.Message);
    }

    [Fact]
    public async Task GetQueueAttributes_refuses_unknown_names()
    {
        var (url, _) = await Queue("getnames");

        var error = await Assert.ThrowsAsync<InvalidAttributeNameException>(() => _sqs.GetQueueAttributesAsync(url, ["VisibilityTimeout", "Colour"]));

        Assert.Equal("Unknown Attribute Colour.", error.Message);
    }

    [Fact]
    public async Task SetQueueAttributes_needs_at_least_one_attribute()
    {
        var (url, _) = await Queue("empty");

        var error = await Assert.ThrowsAnyAsync<AmazonSQSException>(() => _sqs.SetQueueAttributesAsync(url, new Dictionary<string, string>()));

        Assert.Equal("MissingParameter", error.ErrorCode);
        Assert.Equal("The request must contain the parameter Attribute.Name.", error.Message);
    }

    [Fact]
    public async Task FIFO_queues_report_and_change_their_own_attributes()
    {
        var (url, _) = await Queue("fifo", fifo: true);
        var attributes = await All(url);
        Assert.Equal(("true", "false", "queue", "perQueue"),
            (attributes["FifoQueue"], attributes["ContentBasedDeduplication"], attributes["DeduplicationScope"], attributes["FifoThroughputLimit"]));

        await _sqs.SetQueueAttributesAsync(url, new()
        {
            ["ContentBasedDeduplication"] = "true", ["DeduplicationScope"] = "messageGroup", ["FifoThroughputLimit"] = "perMessageGroupId",
        });
        attributes = await All(url);
        Assert.Equal(("true", "messageGroup", "perMessageGroupId"),
            (attributes["ContentBasedDeduplication"], attributes["DeduplicationScope"], attributes["FifoThroughputLimit"]));

        var typeChange = await Assert.ThrowsAsync<InvalidAttributeValueException>(() => _sqs.SetQueueAttributesAsync(url, new() { ["FifoQueue"] = "false" }));
        Assert.Equal("Invalid value for the parameter FifoQueue. Reason: Modifying queue type is not supported.", typeChange.Message);
    }

    [Fact]
    public async Task Throughput_attributes_belong_to_FIFO_queues()
    {
        var (url, _) = await Queue("throughput");

        var error = await Assert.ThrowsAsync<InvalidAttributeNameException>(() => _sqs.SetQueueAttributesAsync(url, new() { ["DeduplicationScope"] = "messageGroup" }));
        Assert.Equal("You can specify the DeduplicationScope only when FifoQueue is set to true.", error.Message);

        var (fifo, _) = await Queue("throughput", fifo: true);
        var mismatch = await Assert.ThrowsAsync<InvalidAttributeValueException>(() => _sqs.SetQueueAttributesAsync(fifo, new() { ["FifoThroughputLimit"] = "perMessageGroupId" }));
        Assert.Equal("The perMessageGroupId value is allowed only when the value for DeduplicationScope is messageGroup", mismatch.Message);
    }

    [Fact]
    public async Task Encryption_is_SQS_managed_unless_a_KMS_key_is_set()
    {
        var (url, _) = await Queue("sse");

        await _sqs.SetQueueAttributesAsync(url, new() { ["KmsMasterKeyId"] = "alias/aws/sqs" });
        var attributes = await All(url);
        Assert.Equal(("alias/aws/sqs", "300", "false"), (attributes["KmsMasterKeyId"], attributes["KmsDataKeyReusePeriodSeconds"], attributes["SqsManagedSseEnabled"]));

        await _sqs.SetQueueAttributesAsync(url, new() { ["SqsManagedSseEnabled"] = "true" });
        attributes = await All(url);
        Assert.Equal("true", attributes["SqsManagedSseEnabled"]);
        Assert.False(attributes.ContainsKey("KmsMasterKeyId"));

        var both = await Assert.ThrowsAsync<InvalidAttributeNameException>(() =>
            _sqs.SetQueueAttributesAsync(url, new() { ["SqsManagedSseEnabled"] = "true", ["KmsMasterKeyId"] = "alias/aws/sqs" }));
        Assert.Equal("You can use one type of server-side encryption (SSE) at one time. You can either enable KMS SSE or SQS SSE.", both.Message);
    }

    [Fact]
    public async Task Policies_are_kept_as_written_and_cleared_with_an_empty_value()
    {
        var (url, arn) = await Queue("policy");
        var policy = $"{{\"Version\":\"2012-10-17\",\"Statement\":{{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sqs:SendMessage\",\"Resource\":\"{arn}\"}}}}";
        const string allow = "{\"redrivePermission\":\"denyAll\"}";

        await _sqs.SetQueueAttributesAsync(url, new() { ["Policy"] = policy, ["RedriveAllowPolicy"] = allow });
        var attributes = (await _sqs.GetQueueAttributesAsync(url, ["Policy", "RedriveAllowPolicy"])).Attributes;
        Assert.Equal((policy, allow), (attributes["Policy"], attributes["RedriveAllowPolicy"]));

        await _sqs.SetQueueAttributesAsync(url, new() { ["Policy"] = "", ["RedriveAllowPolicy"] = "" });
        Assert.Null((await _sqs.GetQueueAttributesAsync(url, ["Policy", "RedriveAllowPolicy"])).Attributes);
    }

    [Fact]
    public async Task A_redrive_policy_names_an_existing_queue_of_the_same_type()
    {
        var (_, dlqArn) = await Queue("dlq");
        var (_, fifoDlqArn) = await Queue("dlq", fifo: true);
        var (url, _) = await Queue("src");

        var missing = Redrive(dlqArn + "-missing", 3);
        var error = await Assert.ThrowsAsync<InvalidAttributeValueException>(() => _sqs.SetQueueAttributesAsync(url, new() { ["RedrivePolicy"] = missing }));
        Assert.Equal($"Value {missing} for parameter RedrivePolicy is invalid. Reason: Dead letter target does not exist.", error.Message);
        await Assert.ThrowsAsync<InvalidAttributeValueException>(() => _sqs.SetQueueAttributesAsync(url, new() { ["RedrivePolicy"] = Redrive(fifoDlqArn, 3) }));
        await Assert.ThrowsAsync<InvalidAttributeValueException>(() => _sqs.SetQueueAttributesAsync(url, new() { ["RedrivePolicy"] = Redrive(dlqArn, 1001) }));

        await _sqs.SetQueueAttributesAsync(url, new() { ["RedrivePolicy"] = $"{{\"maxReceiveCount\":\"3\",\"deadLetterTargetArn\":\"{dlqArn}\"}}" });
        Assert.Equal(Redrive(dlqArn, 3), (await _sqs.GetQueueAttributesAsync(url, ["RedrivePolicy"])).Attributes["RedrivePolicy"]);

        await _sqs.SetQueueAttributesAsync(url, new() { ["RedrivePolicy"] = "" });
        Assert.Null((await _sqs.GetQueueAttributesAsync(url, ["RedrivePolicy"])).Attributes);
    }

    [Fact]
    public async Task A_dead_letter_queue_may_refuse_sources()
    {
        var (_, closedArn) = await Queue("closed", new() { ["RedriveAllowPolicy"] = "{\"redrivePermission\":\"denyAll\"}" });
        var (url, arn) = await Queue("src");
        var (_, listedArn) = await Queue("listed", new() { ["RedriveAllowPolicy"] = $"{{\"redrivePermission\":\"byQueue\",\"sourceQueueArns\":[\"{arn}\"]}}" });

        await Assert.ThrowsAsync<InvalidAttributeValueException>(() => _sqs.SetQueueAttributesAsync(url, new() { ["RedrivePolicy"] = Redrive(closedArn, 2) }));
        await _sqs.SetQueueAttributesAsync(url, new() { ["RedrivePolicy"] = Redrive(listedArn, 2) });
        await Assert.ThrowsAsync<InvalidAttributeValueException>(() => _sqs.CreateQueueAsync(new CreateQueueRequest
        {
            QueueName = EmulatorServer.UniqueName("unlisted"), Attributes = new() { ["RedrivePolicy"] = Redrive(listedArn, 2) },
        }));
    }

    [Fact]
    public async Task ListDeadLetterSourceQueues_lists_the_queues_that_redrive_to_a_queue()
    {
        var (dlq, dlqArn) = await Queue("dlq");
        var sources = new List<string>();
        for (var i = 0; i < 3; i++) sources.Add((await Queue("src", new() { ["RedrivePolicy"] = Redrive(dlqArn, 5) })).Url);
        await Queue("unrelated");

        var all = await _sqs.ListDeadLetterSourceQueuesAsync(new ListDeadLetterSourceQueuesRequest { QueueUrl = dlq });
        Assert.Equal(sources.Order(StringComparer.Ordinal), all.QueueUrls);
        Assert.Null(all.NextToken);

        var first = await _sqs.ListDeadLetterSourceQueuesAsync(new ListDeadLetterSourceQueuesRequest { QueueUrl = dlq, MaxResults = 2 });
        var rest = await _sqs.ListDeadLetterSourceQueuesAsync(new ListDeadLetterSourceQueuesRequest { QueueUrl = dlq, MaxResults = 2, NextToken = first.NextToken });
        Assert.Equal(sources.Order(StringComparer.Ordinal), first.QueueUrls.Concat(rest.QueueUrls));
        Assert.Null(rest.NextToken);

        var (lonely, _) = await Queue("lonely");
        Assert.Empty((await _sqs.ListDeadLetterSourceQueuesAsync(new ListDeadLetterSourceQueuesRequest { QueueUrl = lonely })).QueueUrls ?? []);
    }
}
