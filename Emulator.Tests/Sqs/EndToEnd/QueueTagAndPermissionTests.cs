using Amazon.SQS;
using Amazon.SQS.Model;
using Emulator.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace Emulator.Tests.Sqs.EndToEnd;

/// <summary>TagQueue, UntagQueue, ListQueueTags, AddPermission and RemovePermission through AWSSDK.SQS.</summary>
public class QueueTagAndPermissionTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    private readonly AmazonSQSClient _sqs = server.CreateSqsClient();

    private async Task<string> Queue(string prefix = "q") => (await _sqs.CreateQueueAsync(EmulatorServer.UniqueName(prefix))).QueueUrl;

    private async Task<Dictionary<string, string>> Tags(string url) =>
        (await _sqs.ListQueueTagsAsync(new ListQueueTagsRequest { QueueUrl = url })).Tags ?? [];

    private async Task<JObject?> Policy(string url) =>
        (await _sqs.GetQueueAttributesAsync(url, ["Policy"])).Attributes?.GetValueOrDefault("Policy") is { } text ? JObject.Parse(text) : null;

    private Task Grant(string url, string label, List<string> actions, List<string>? accounts = null) =>
        _sqs.AddPermissionAsync(new AddPermissionRequest { QueueUrl = url, Label = label, AWSAccountIds = accounts ?? ["111111111111"], Actions = actions });

    [Fact]
    public async Task Tags_are_added_overwritten_listed_and_removed()
    {
        var url = (await _sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = EmulatorServer.UniqueName("tags"), Tags = new() { ["team"] = "a" } })).QueueUrl;

        await _sqs.TagQueueAsync(new TagQueueRequest { QueueUrl = url, Tags = new() { ["env"] = "test", ["team"] = "b", ["Team"] = "c" } });
        Assert.Equal(new Dictionary<string, string> { ["team"] = "b", ["Team"] = "c", ["env"] = "test" }, await Tags(url));

        await _sqs.UntagQueueAsync(new UntagQueueRequest { QueueUrl = url, TagKeys = ["team", "never-set"] });
        Assert.Equal(new Dictionary<string, string> { ["Team"] = "c", ["env"] = "test" }, await Tags(url));
    }

    [Fact]
    public async Task A_queue_without_tags_lists_none()
    {
        Assert.Empty(await Tags(await Queue("untagged")));
    }

    [Fact]
    public async Task A_queue_carries_at_most_fifty_tags()
    {
        var url = await Queue("many");
        await _sqs.TagQueueAsync(new TagQueueRequest { QueueUrl = url, Tags = Enumerable.Range(0, 45).ToDictionary(i => $"k{i}", i => "v") });

        var error = await Assert.ThrowsAnyAsync<AmazonSQSException>(() =>
            _sqs.TagQueueAsync(new TagQueueRequest { QueueUrl = url, Tags = Enumerable.Range(45, 6).ToDictionary(i => $"k{i}", i => "v") }));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
        Assert.Equal($"Too many tags added for queue {url[(url.LastIndexOf('/') + 1)..]}.", error.Message);
        Assert.Equal(45, (await Tags(url)).Count);
    }

    [Fact]
    public async Task Tag_limits_are_enforced()
    {
        var url = await Queue("limits");

        foreach (var tags in new Dictionary<string, string>[] { new() { [new string('k', 129)] = "v" }, new() { ["k"] = new string('v', 257) } })
            Assert.Equal("InvalidParameterValue",
                (await Assert.ThrowsAnyAsync<AmazonSQSException>(() => _sqs.TagQueueAsync(new TagQueueRequest { QueueUrl = url, Tags = tags }))).ErrorCode);
        var empty = await Assert.ThrowsAnyAsync<AmazonSQSException>(() => _sqs.TagQueueAsync(new TagQueueRequest { QueueUrl = url, Tags = [] }));
        Assert.Equal("MissingParameter", empty.ErrorCode);
        await Assert.ThrowsAsync<QueueDoesNotExistException>(() => _sqs.TagQueueAsync(new TagQueueRequest { QueueUrl = url + "-gone", Tags = new() { ["k"] = "v" } }));
    }

    [Fact]
    public async Task Each_permission_is_a_statement_of_the_policy()
    {
        var url = await Queue("perm");
        var arn = (await _sqs.GetQueueAttributesAsync(url, ["QueueArn"])).Attributes["QueueArn"];

        await Grant(url, "send", ["SendMessage"]);
        await Grant(url, "both", ["ReceiveMessage", "DeleteMessage"], ["111111111111", "222222222222"]);

        var policy = (await Policy(url))!;
        Assert.Equal($"{arn}/SQSDefaultPolicy", policy.Value<string>("Id"));
        var statements = policy["Statement"]!.ToList();
        Assert.Equal(["send", "both"], statements.Select(s => s.Value<string>("Sid")));
        Assert.All(statements, s => Assert.Equal(("Allow", arn), (s.Value<string>("Effect"), s.Value<string>("Resource"))));
        Assert.Equal("arn:aws:iam::111111111111:root", statements[0]["Principal"]!.Value<string>("AWS"));
        Assert.Equal("SQS:SendMessage", statements[0].Value<string>("Action"));
        Assert.Equal(["arn:aws:iam::111111111111:root", "arn:aws:iam::222222222222:root"], statements[1]["Principal"]!["AWS"]!.Values<string>());
        Assert.Equal(["SQS:ReceiveMessage", "SQS:DeleteMessage"], statements[1]["Action"]!.Values<string>());

        await _sqs.RemovePermissionAsync(url, "send");
        Assert.Equal(["both"], (await Policy(url))!["Statement"]!.Select(s => s.Value<string>("Sid")));
        await _sqs.RemovePermissionAsync(url, "both");
        Assert.Null(await Policy(url));
    }

    [Fact]
    public async Task Labels_are_unique_but_repeating_a_grant_is_harmless()
    {
        var url = await Queue("labels");
        await Grant(url, "once", ["SendMessage"]);
        await Grant(url, "once", ["SendMessage"]);

        var error = await Assert.ThrowsAnyAsync<AmazonSQSException>(() => Grant(url, "once", ["ReceiveMessage"]));
        Assert.Equal("InvalidParameterValue", error.ErrorCode);
        Assert.Equal("Value once for parameter Label is invalid. Reason: Already exists.", error.Message);

        var unknown = await Assert.ThrowsAnyAsync<AmazonSQSException>(() => _sqs.RemovePermissionAsync(url, "never"));
        Assert.Equal("Value never for parameter Label is invalid. Reason: can't find label.", unknown.Message);
    }

    [Fact]
    public async Task Only_shareable_actions_may_be_granted()
    {
        var url = await Queue("actions");

        var ownerOnly = await Assert.ThrowsAnyAsync<AmazonSQSException>(() => Grant(url, "a", ["DeleteQueue"]));
        Assert.Equal("Value SQS:DeleteQueue for parameter ActionName is invalid. Reason: Only the queue owner is allowed to invoke this action.", ownerOnly.Message);
        var unknown = await Assert.ThrowsAnyAsync<AmazonSQSException>(() => Grant(url, "a", ["SendMessageBatch"]));
        Assert.Equal("Value SQS:SendMessageBatch for parameter ActionName is invalid. Reason: Please refer to the appropriate WSDL for a list of valid actions.", unknown.Message);
        var tooMany = await Assert.ThrowsAsync<OverLimitException>(() => Grant(url, "a",
            ["SendMessage", "ReceiveMessage", "DeleteMessage", "ChangeMessageVisibility", "GetQueueAttributes", "GetQueueUrl", "PurgeQueue", "*"]));
        Assert.Equal("8 Actions were found, maximum allowed is 7.", tooMany.Message);
        Assert.Equal(403, (int)tooMany.StatusCode);

        await Grant(url, "everything", ["*"]);
        Assert.Equal("SQS:*", (await Policy(url))!["Statement"]![0]!.Value<string>("Action"));
    }

    [Fact]
    public async Task Permissions_need_a_label_and_account_principals()
    {
        var url = await Queue("principals");

        var noLabel = await Assert.ThrowsAnyAsync<AmazonSQSException>(() => Grant(url, "", ["SendMessage"]));
        Assert.Equal("MissingParameter", noLabel.ErrorCode);
        var badLabel = await Assert.ThrowsAnyAsync<AmazonSQSException>(() => Grant(url, "no spaces", ["SendMessage"]));
        Assert.Equal("InvalidParameterValue", badLabel.ErrorCode);
        var notAnAccount = await Assert.ThrowsAnyAsync<AmazonSQSException>(() => Grant(url, "a", ["SendMessage"], ["arn:aws:iam::111111111111:user/u"]));
        Assert.Equal("InvalidParameterValue", notAnAccount.ErrorCode);
        Assert.Null(await Policy(url));
    }

    [Fact]
    public async Task Permissions_are_added_to_a_policy_the_client_set()
    {
        var url = await Queue("custom");
        await _sqs.SetQueueAttributesAsync(url, new() { ["Policy"] = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"mine\",\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"sqs:*\"}]}" });

        await Grant(url, "added", ["GetQueueUrl"]);

        Assert.Equal(["mine", "added"], (await Policy(url))!["Statement"]!.Select(s => s.Value<string>("Sid")));
    }
}
