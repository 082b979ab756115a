using Amazon.SQS;
using Amazon.SQS.Model;
using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Sqs.EndToEnd;

public class QueueLifecycleTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    private readonly AmazonSQSClient _sqs = server.CreateSqsClient();

    [Fact]
    public async Task Create_get_list_and_delete_a_queue()
    {
        var name = EmulatorServer.UniqueName("life");
        var url = (await _sqs.CreateQueueAsync(name)).QueueUrl;

        Assert.Equal($"{server.BaseUrl}/000000000000/{name}", url);
        Assert.Equal(url, (await _sqs.GetQueueUrlAsync(name)).QueueUrl);
        Assert.Contains(url, (await _sqs.ListQueuesAsync(new ListQueuesRequest { QueueNamePrefix = name })).QueueUrls);

        await _sqs.DeleteQueueAsync(url);
        await Assert.ThrowsAsync<QueueDoesNotExistException>(() => _sqs.GetQueueUrlAsync(name));
    }

    [Fact]
    public async Task CreateQueue_is_idempotent_only_with_equal_attributes()
    {
        var name = EmulatorServer.UniqueName("idem");
        var attributes = new Dictionary<string, string> { ["VisibilityTimeout"] = "45" };
        var first = await _sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = name, Attributes = attributes });
        var again = await _sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = name, Attributes = attributes });
        Assert.Equal(first.QueueUrl, again.QueueUrl);

        await Assert.ThrowsAsync<QueueNameExistsException>(() => _sqs.CreateQueueAsync(new CreateQueueRequest
        {
            QueueName = name,
            Attributes = new Dictionary<string, string> { ["VisibilityTimeout"] = "46" },
        }));
    }

    [Fact]
    public async Task Attributes_have_AWS_defaults_and_reject_out_of_range_values()
    {
        var url = (await _sqs.CreateQueueAsync(EmulatorServer.UniqueName("attrs"))).QueueUrl;
        var attributes = (await _sqs.GetQueueAttributesAsync(url, ["All"])).Attributes;

        Assert.Equal("30", attributes["VisibilityTimeout"]);
        Assert.Equal("1048576", attributes["MaximumMessageSize"]);
        Assert.Equal("345600", attributes["MessageRetentionPeriod"]);
        Assert.Equal("0", attributes["DelaySeconds"]);
        Assert.Equal("0", attributes["ApproximateNumberOfMessages"]);
        Assert.StartsWith("arn:aws:sqs:us-east-1:000000000000:", attributes["QueueArn"]);
        Assert.False(attributes.ContainsKey("FifoQueue"));

        var error = await Assert.ThrowsAsync<InvalidAttributeValueException>(() =>
            _sqs.SetQueueAttributesAsync(url, new Dictionary<string, string> { ["DelaySeconds"] = "901" }));
        Assert.Contains("DelaySeconds", error.Message);
        await Assert.ThrowsAsync<InvalidAttributeNameException>(() =>
            _sqs.SetQueueAttributesAsync(url, new Dictionary<string, string> { ["Colour"] = "blue" }));
        await Assert.ThrowsAsync<InvalidAttributeNameException>(() =>
            _sqs.SetQueueAttributesAsync(url, new Dictionary<string, string> { ["QueueArn"] = "x" }));

        await _sqs.SetQueueAttributesAsync(url, new Dictionary<string, string> { ["DelaySeconds"] = "5" });
        Assert.Equal("5", (await _sqs.GetQueueAttributesAsync(url, ["DelaySeconds"])).Attributes["DelaySeconds"]);
    }

    [Fact]
    public async Task Fifo_queue_names_and_flags_must_agree()
    {
        var stem = EmulatorServer.UniqueName("fifo");
        var withoutFlag = await Assert.ThrowsAnyAsync<AmazonSQSException>(() => _sqs.CreateQueueAsync(stem + ".fifo"));
        Assert.Equal("InvalidParameterValue", withoutFlag.ErrorCode);
        var withoutSuffix = await Assert.ThrowsAnyAsync<AmazonSQSException>(() => _sqs.CreateQueueAsync(new CreateQueueRequest
        {
            QueueName = stem,
            Attributes = new Dictionary<string, string> { ["FifoQueue"] = "true" },
        }));
        Assert.Equal("InvalidAttributeName", withoutSuffix.ErrorCode);
        var url = (await _sqs.CreateQueueAsync(new CreateQueueRequest
        {
            QueueName = stem + ".fifo",
            Attributes = new Dictionary<string, string> { ["FifoQueue"] = "true", ["ContentBasedDeduplication"] = "true" },
        })).QueueUrl;
        var attributes = (await _sqs.GetQueueAttributesAsync(url, ["All"])).Attributes;
        Assert.Equal("true", attributes["FifoQueue"]);
        Assert.Equal("queue", attributes["DeduplicationScope"]);
        Assert.Equal("perQueue", attributes["FifoThroughputLimit"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("dots.not.allowed")]
    [InlineData("a123456789012345678901234567890123456789012345678901234567890123456789012345678901")]
    public async Task Invalid_queue_names_are_rejected(string name)
    {
        var error = await Assert.ThrowsAnyAsync<AmazonSQSException>(() => _sqs.CreateQueueAsync(name));
        Assert.Contains(error.ErrorCode, new[] { "InvalidParameterValue", "MissingParameter" });
    }

    [Fact]
    public async Task ListQueues_pages_with_MaxResults_and_NextToken()
    {
        var prefix = EmulatorServer.UniqueName("page");
        for (var i = 0; i < 5; i++) await _sqs.CreateQueueAsync($"{prefix}-{i}");

        var seen = new List<string>();
        string? token = null;
        do
        {
            var page = await _sqs.ListQueuesAsync(new ListQueuesRequest { QueueNamePrefix = prefix, MaxResults = 2, NextToken = token });
            Assert.True(page.QueueUrls.Count <= 2);
            seen.AddRange(page.QueueUrls);
            token = page.NextToken;
        } while (token is not null);

        Assert.Equal(5, seen.Distinct().Count());
    }

    [Fact]
    public async Task Tags_are_set_listed_and_removed()
    {
        var url = (await _sqs.CreateQueueAsync(new CreateQueueRequest
        {
            QueueName = EmulatorServer.UniqueName("tags"),
            Tags = new Dictionary<string, string> { ["team"] = "a" },
        })).QueueUrl;
        await _sqs.TagQueueAsync(new TagQueueRequest { QueueUrl = url, Tags = new() { ["env"] = "test" } });
        var tags = (await _sqs.ListQueueTagsAsync(new ListQueueTagsRequest { QueueUrl = url })).Tags;
        Assert.Equal("a", tags["team"]);
        Assert.Equal("test", tags["env"]);

        await _sqs.UntagQueueAsync(new UntagQueueRequest { QueueUrl = url, TagKeys = ["team"] });
        tags = (await _sqs.ListQueueTagsAsync(new ListQueueTagsRequest { QueueUrl = url })).Tags;
        Assert.False(tags.ContainsKey("team"));
    }

    [Fact]
    public async Task Permissions_are_reflected_in_the_policy()
    {
        var url = (await _sqs.CreateQueueAsync(EmulatorServer.UniqueName("perm"))).QueueUrl;
        await _sqs.AddPermissionAsync(new AddPermissionRequest
        {
            QueueUrl = url, Label = "send", AWSAccountIds = ["123456789012"], Actions = ["SendMessage"],
        });
        var policy = (await _sqs.GetQueueAttributesAsync(url, ["Policy"])).Attributes["Policy"];
        Assert.Contains("\"Sid\":\"send\"", policy);
        Assert.Contains("arn:aws:iam::123456789012:root", policy);
        Assert.Contains("SQS:SendMessage", policy);

        await Assert.ThrowsAnyAsync<AmazonSQSException>(() => _sqs.AddPermissionAsync(new AddPermissionRequest
        {
            QueueUrl = url, Label = "send", AWSAccountIds = ["123456789012"], Actions = ["ReceiveMessage"],
        }));
        await _sqs.RemovePermissionAsync(url, "send");
        Assert.False((await _sqs.GetQueueAttributesAsync(url, ["Policy"])).Attributes?.ContainsKey("Policy") ?? false);
    }

    [Fact]
    public async Task Accounts_and_regions_are_isolated()
    {
        var name = EmulatorServer.UniqueName("iso");
        using var other = server.CreateSqsClient("123456789012");
        using var elsewhere = server.CreateSqsClient(region: "eu-west-1");
        var url = (await other.CreateQueueAsync(name)).QueueUrl;

        Assert.Contains("/123456789012/", url);
        await Assert.ThrowsAsync<QueueDoesNotExistException>(() => _sqs.GetQueueUrlAsync(name));
        await Assert.ThrowsAsync<QueueDoesNotExistException>(() => elsewhere.GetQueueUrlAsync(new GetQueueUrlRequest
        {
            QueueName = name, QueueOwnerAWSAccountId = "123456789012",
        }));
        var arn = (await other.GetQueueAttributesAsync(url, ["QueueArn"])).Attributes["QueueArn"];
        Assert.Equal($"arn:aws:sqs:us-east-1:123456789012:{name}", arn);
        Assert.Equal(url, (await _sqs.GetQueueUrlAsync(new GetQueueUrlRequest { QueueName = name, QueueOwnerAWSAccountId = "123456789012" })).QueueUrl);
    }

    [Fact]
    public async Task Redrive_policy_requires_an_existing_dead_letter_queue_of_the_same_type()
    {
        var dlqUrl = (await _sqs.CreateQueueAsync(EmulatorServer.UniqueName("dlq"))).QueueUrl;
        var dlqArn = (await _sqs.GetQueueAttributesAsync(dlqUrl, ["QueueArn"])).Attributes["QueueArn"];
        var url = (await _sqs.CreateQueueAsync(EmulatorServer.UniqueName("src"))).QueueUrl;

        await Assert.ThrowsAsync<InvalidAttributeValueException>(() => _sqs.SetQueueAttributesAsync(url, new Dictionary<string, string>
        {
            ["RedrivePolicy"] = "{\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-1:000000000000:missing\",\"maxReceiveCount\":3}",
        }));
        await _sqs.SetQueueAttributesAsync(url, new Dictionary<string, string>
        {
            ["RedrivePolicy"] = $"{{\"deadLetterTargetArn\":\"{dlqArn}\",\"maxReceiveCount\":\"3\"}}",
        });
        Assert.Contains("\"maxReceiveCount\":3", (await _sqs.GetQueueAttributesAsync(url, ["RedrivePolicy"])).Attributes["RedrivePolicy"]);
        var sources = await _sqs.ListDeadLetterSourceQueuesAsync(new ListDeadLetterSourceQueuesRequest { QueueUrl = dlqUrl });
        Assert.Equal([url], sources.QueueUrls);
    }
}
