using Amazon.SQS;
using Amazon.SQS.Model;
using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Sqs.EndToEnd;

/// <summary>CreateQueue, GetQueueUrl, ListQueues and DeleteQueue through AWSSDK.SQS (AWS JSON 1.0).</summary>
public class QueueLifecycleTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    private readonly AmazonSQSClient _sqs = server.CreateSqsClient();

    private static Dictionary<string, string> Attributes(params (string Name, string Value)[] pairs) =>
        pairs.ToDictionary(p => p.Name, p => p.Value);

    [Fact]
    public async Task Create_get_list_and_delete_a_queue()
    {
        var name = EmulatorServer.UniqueName("life");
        var url = (await _sqs.CreateQueueAsync(name)).QueueUrl;

        Assert.Equal($"{server.BaseUrl}/000000000000/{name}", url);
        Assert.Equal(url, (await _sqs.GetQueueUrlAsync(name)).QueueUrl);
        Assert.Equal([url], (await _sqs.ListQueuesAsync(new ListQueuesRequest { QueueNamePrefix = name })).QueueUrls);

        await _sqs.DeleteQueueAsync(url);
        await Assert.ThrowsAsync<QueueDoesNotExistException>(() => _sqs.GetQueueUrlAsync(name));
        await Assert.ThrowsAsync<QueueDoesNotExistException>(() => _sqs.GetQueueAttributesAsync(url, ["All"]));
        await Assert.ThrowsAsync<QueueDoesNotExistException>(() => _sqs.DeleteQueueAsync(url));
        Assert.Null((await _sqs.ListQueuesAsync(new ListQueuesRequest { QueueNamePrefix = name })).QueueUrls);
    }

    [Fact]
    public async Task A_deleted_queue_name_can_be_reused_at_once_by_default()
    {
        var name = EmulatorServer.UniqueName("reuse");
        var url = (await _sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = name, Attributes = Attributes(("DelaySeconds", "5")) })).QueueUrl;
        await _sqs.DeleteQueueAsync(url);

        Assert.Equal(url, (await _sqs.CreateQueueAsync(name)).QueueUrl);
        Assert.Equal("0", (await _sqs.GetQueueAttributesAsync(url, ["DelaySeconds"])).Attributes["DelaySeconds"]);
    }

    [Fact]
    public async Task CreateQueue_is_idempotent_only_with_equal_attributes()
    {
        var name = EmulatorServer.UniqueName("idem");
        var attributes = Attributes(("VisibilityTimeout", "45"), ("Policy", "{\"Statement\":[]}"));
        var first = (await _sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = name, Attributes = attributes })).QueueUrl;

        Assert.Equal(first, (await _sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = name, Attributes = attributes })).QueueUrl);
        Assert.Equal(first, (await _sqs.CreateQueueAsync(name)).QueueUrl);
        Assert.Equal(first, (await _sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = name, Attributes = Attributes(("DelaySeconds", "0")) })).QueueUrl);

        var error = await Assert.ThrowsAsync<QueueNameExistsException>(() => _sqs.CreateQueueAsync(new CreateQueueRequest
        {
            QueueName = name, Attributes = Attributes(("VisibilityTimeout", "46")),
        }));
        Assert.Equal("A queue already exists with the same name and a different value for attribute VisibilityTimeout", error.Message);
        Assert.Equal(400, (int)error.StatusCode);
        await Assert.ThrowsAsync<QueueNameExistsException>(() => _sqs.CreateQueueAsync(new CreateQueueRequest
        {
            QueueName = name, Attributes = Attributes(("MessageRetentionPeriod", "60")),
        }));
        Assert.Equal("45", (await _sqs.GetQueueAttributesAsync(first, ["VisibilityTimeout"])).Attributes["VisibilityTimeout"]);
    }

    [Fact]
    public async Task Tags_and_attributes_can_be_given_at_creation()
    {
        var url = (await _sqs.CreateQueueAsync(new CreateQueueRequest
        {
            QueueName = EmulatorServer.UniqueName("born"),
            Attributes = Attributes(("DelaySeconds", "10"), ("MaximumMessageSize", "2048")),
            Tags = new() { ["team"] = "core" },
        })).QueueUrl;

        var attributes = (await _sqs.GetQueueAttributesAsync(url, ["DelaySeconds", "MaximumMessageSize"])).Attributes;
        Assert.Equal("10", attributes["DelaySeconds"]);
        Assert.Equal("2048", attributes["MaximumMessageSize"]);
        Assert.Equal("core", (await _sqs.ListQueueTagsAsync(new ListQueueTagsRequest { QueueUrl = url })).Tags["team"]);
    }

    [Fact]
    public async Task A_FIFO_queue_needs_both_the_suffix_and_the_flag()
    {
        var stem = EmulatorServer.UniqueName("fifo");

        var suffixOnly = await Assert.ThrowsAnyAsync<AmazonSQSException>(() => _sqs.CreateQueueAsync(stem + ".fifo"));
        Assert.Equal("InvalidParameterValue", suffixOnly.ErrorCode);
        Assert.Equal("Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length", suffixOnly.Message);

        var flagOnly = await Assert.ThrowsAnyAsync<AmazonSQSException>(() => _sqs.CreateQueueAsync(new CreateQueueRequest
        {
            QueueName = stem, Attributes = Attributes(("FifoQueue", "True")),
        }));
        Assert.Equal("InvalidParameterValue", flagOnly.ErrorCode);
        Assert.StartsWith("The name of a FIFO queue can only include", flagOnly.Message);

        foreach (var (name, flag) in new[] { (stem, "false"), (stem + ".fifo", "false") })
        {
            var error = await Assert.ThrowsAsync<InvalidAttributeNameException>(() => _sqs.CreateQueueAsync(new CreateQueueRequest
            {
                QueueName = name, Attributes = Attributes(("FifoQueue", flag)),
            }));
            Assert.Equal("Unknown Attribute FifoQueue.", error.Message);
        }

        var url = (await _sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = stem + ".fifo", Attributes = Attributes(("FifoQueue", "true")) })).QueueUrl;
        Assert.EndsWith(stem + ".fifo", url);
        Assert.Equal("true", (await _sqs.GetQueueAttributesAsync(url, ["FifoQueue"])).Attributes["FifoQueue"]);
    }

    [Fact]
    public async Task A_FIFO_name_too_long_gets_the_FIFO_rule()
    {
        var error = await Assert.ThrowsAnyAsync<AmazonSQSException>(() => _sqs.CreateQueueAsync(new CreateQueueRequest
        {
            QueueName = new string('a', 76) + ".fifo", Attributes = Attributes(("FifoQueue", "true")),
        }));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
        Assert.StartsWith("The name of a FIFO queue can only include", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("dots.not.allowed")]
    [InlineData("slash/name")]
    [InlineData("a123456789012345678901234567890123456789012345678901234567890123456789012345678901")]
    public async Task Invalid_queue_names_are_rejected(string name)
    {
        var error = await Assert.ThrowsAnyAsync<AmazonSQSException>(() => _sqs.CreateQueueAsync(name));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
    }

    [Fact]
    public async Task Queue_names_are_case_sensitive()
    {
        var name = EmulatorServer.UniqueName("Case");
        var upper = (await _sqs.CreateQueueAsync(name)).QueueUrl;
        var lower = (await _sqs.CreateQueueAsync(name.ToLowerInvariant())).QueueUrl;

        Assert.NotEqual(upper, lower);
        Assert.Equal([upper], (await _sqs.ListQueuesAsync(new ListQueuesRequest { QueueNamePrefix = name })).QueueUrls);
        Assert.Equal([lower], (await _sqs.ListQueuesAsync(new ListQueuesRequest { QueueNamePrefix = name.ToLowerInvariant() })).QueueUrls);
    }

    [Fact]
    public async Task GetQueueUrl_needs_a_name()
    {
        var error = await Assert.ThrowsAnyAsync<AmazonSQSException>(() => _sqs.GetQueueUrlAsync(""));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
        Assert.Equal("Value for parameter QueueName is invalid. Reason: Must specify a queue name.", error.Message);
    }

    [Fact]
    public async Task ListQueues_filters_by_prefix_and_pages_with_MaxResults_and_NextToken()
    {
        var prefix = EmulatorServer.UniqueName("page");
        var created = new List<string>();
        for (var i = 0; i < 5; i++) created.Add((await _sqs.CreateQueueAsync($"{prefix}-{i}")).QueueUrl);
        await _sqs.CreateQueueAsync(EmulatorServer.UniqueName("other"));

        var all = await _sqs.ListQueuesAsync(new ListQueuesRequest { QueueNamePrefix = prefix });
        Assert.Equal(created, all.QueueUrls);
        Assert.Null(all.NextToken);

        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await _sqs.ListQueuesAsync(new ListQueuesRequest { QueueNamePrefix = prefix, MaxResults = 2, NextToken = token });
            Assert.True(page.QueueUrls.Count <= 2);
            seen.AddRange(page.QueueUrls);
            token = page.NextToken;
            pages++;
        } while (token is not null);

        Assert.Equal(created, seen);
        Assert.Equal(3, pages);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1001)]
    public async Task ListQueues_MaxResults_ranges_from_1_to_1000(int maxResults)
    {
        var error = await Assert.ThrowsAnyAsync<AmazonSQSException>(() => _sqs.ListQueuesAsync(new ListQueuesRequest { MaxResults = maxResults }));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
        Assert.Equal("Value for parameter MaxResults is invalid. Reason: MaxResults must be an integer between 1 and 1000.", error.Message);
    }

    [Fact]
    public async Task ListQueues_refuses_a_token_it_did_not_issue()
    {
        var error = await Assert.ThrowsAnyAsync<AmazonSQSException>(() =>
            _sqs.ListQueuesAsync(new ListQueuesRequest { MaxResults = 5, NextToken = "invalidtoken" }));

        Assert.Equal("Invalid or expired next token.", error.Message);
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
        Assert.Null((await _sqs.ListQueuesAsync(new ListQueuesRequest { QueueNamePrefix = name })).QueueUrls);
        Assert.Null((await elsewhere.ListQueuesAsync(new ListQueuesRequest { QueueNamePrefix = name })).QueueUrls);
        await Assert.ThrowsAsync<QueueDoesNotExistException>(() => elsewhere.GetQueueUrlAsync(new GetQueueUrlRequest
        {
            QueueName = name, QueueOwnerAWSAccountId = "123456789012",
        }));
        Assert.Equal($"arn:aws:sqs:us-east-1:123456789012:{name}", (await other.GetQueueAttributesAsync(url, ["QueueArn"])).Attributes["QueueArn"]);
        Assert.Equal(url, (await _sqs.GetQueueUrlAsync(new GetQueueUrlRequest { QueueName = name, QueueOwnerAWSAccountId = "123456789012" })).QueueUrl);

        var mine = (await _sqs.CreateQueueAsync(name)).QueueUrl;
        Assert.NotEqual(url, mine);
        var inEurope = (await elsewhere.CreateQueueAsync(name)).QueueUrl;
        await elsewhere.SetQueueAttributesAsync(inEurope, Attributes(("DelaySeconds", "9")));
        Assert.Equal("0", (await _sqs.GetQueueAttributesAsync(mine, ["DelaySeconds"])).Attributes["DelaySeconds"]);
        Assert.Equal($"arn:aws:sqs:eu-west-1:000000000000:{name}", (await elsewhere.GetQueueAttributesAsync(inEurope, ["QueueArn"])).Attributes["QueueArn"]);
    }
}
