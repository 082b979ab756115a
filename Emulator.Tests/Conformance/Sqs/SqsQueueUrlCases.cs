using System.Text.RegularExpressions;
using Emulator.Tests.Conformance.Wire;
using static Emulator.Tests.Conformance.Sqs.SqsSteps;

namespace Emulator.Tests.Conformance.Sqs;

/// <summary>How queues are addressed: requests sent to a queue's URL, GetQueueUrl, and the URLs ListQueues pages through.</summary>
public static class SqsQueueUrlCases
{
    private const string Recording = "sqs/test_sqs";
    private const int Listed = 10;

    public static readonly CaseList All = new()
    {
        {
            "A JSON request sent to a queue's URL instead of the root path is answered in JSON",
            Source.Recorded(Recording, "TestSqsQueryApi::test_send_message_via_queue_url_with_json_protocol", "receive-json-on-queue-url"),
            async sqs =>
            {
                var url = await Queue(sqs);
                await sqs.Ok("SendMessage", new { QueueUrl = url, MessageBody = "m" });
                return await sqs.Call("ReceiveMessage", new { QueueUrl = url, WaitTimeSeconds = 1 }, path: new Uri(url).AbsolutePath);
            },
            Expect.Success(response =>
            {
                Assert.Equal("application/x-amz-json-1.0", response.Headers["content-type"]);
                Assert.Equal("m", response.Value("Body"));
            }),
            WireProtocol.Json
        },
        {
            "GetQueueUrl with the owner's account id answers the URL CreateQueue gave",
            Source.Validated(Recording, "TestSqsQueryApi::test_get_queue_url_works_for_same_queue"),
            async sqs =>
            {
                var url = await Queue(sqs);
                var response = await sqs.Call("GetQueueUrl", new { QueueName = Name(url), QueueOwnerAWSAccountId = Account(url) }, path: new Uri(url).AbsolutePath);
                Assert.Equal(url, response.Value("QueueUrl"));
                return response;
            },
            Expect.Success()
        },
        {
            "GetQueueUrl sent to one queue's URL answers the URL of the queue it names",
            Source.Validated(Recording, "TestSqsQueryApi::test_get_queue_url_work_for_different_queue"),
            async sqs =>
            {
                var (first, second) = (await Queue(sqs), await Queue(sqs));
                var response = await sqs.Call("GetQueueUrl", new { QueueName = Name(second), QueueOwnerAWSAccountId = Account(second) }, path: new Uri(first).AbsolutePath);
                Assert.Equal(second, response.Value("QueueUrl"));
                return response;
            },
            Expect.Success()
        },
        {
            "ListQueues answers a prefix's queues in name order, each URL ending in the account and the name",
            Source.Recorded(Recording, "TestSqsProvider::test_list_queues_pagination", "list_all"),
            async sqs => await sqs.Call("ListQueues", new { QueueNamePrefix = await TenQueues(sqs) }),
            Urls(first: 0, count: Listed, nextToken: false),
            WireProtocol.Json
        },
        {
            "ListQueues with MaxResults 2 answers the first two queues and a NextToken",
            Source.Recorded(Recording, "TestSqsProvider::test_list_queues_pagination", "list_two_max"),
            async sqs => await sqs.Call("ListQueues", new { QueueNamePrefix = await TenQueues(sqs), MaxResults = 2 }),
            Urls(first: 0, count: 2, nextToken: true),
            WireProtocol.Json
        },
        {
            "ListQueues from a NextToken answers the remaining queues and no NextToken",
            Source.Recorded(Recording, "TestSqsProvider::test_list_queues_pagination", "list_remaining"),
            async sqs =>
            {
                var prefix = await TenQueues(sqs);
                var first = await sqs.Ok("ListQueues", new { QueueNamePrefix = prefix, MaxResults = 2 });
                return await sqs.Call("ListQueues", new { QueueNamePrefix = prefix, MaxResults = 10, NextToken = first.Value("NextToken") });
            },
            Urls(first: 2, count: Listed - 2, nextToken: false),
            WireProtocol.Json
        },
    };

    private static string Name(string url) => url.Split('/')[^1];

    private static string Account(string url) => url.Split('/')[^2];

    /// <summary>
    /// Ten queues named <c>{id}-test-queue-0</c> to <c>-9</c>, as the recording's test creates them; answers the prefix
    /// up to the digit, which no other case's name starts with.
    /// </summary>
    private static async Task<string> TenQueues(WireClient sqs)
    {
        var prefix = WireClient.UniqueName() + "-test-queue-";
        for (var i = 0; i < Listed; i++) await sqs.Ok("CreateQueue", new { QueueName = $"{prefix}{i}" });
        return prefix;
    }

    private static Expectation Urls(int first, int count, bool nextToken) => Expect.Success(response =>
    {
        var urls = response.Values("QueueUrls");
        Assert.Equal(Enumerable.Range(first, count).Select(i => $"-test-queue-{i}"), urls.Select(u => u[u.LastIndexOf("-test-queue-", StringComparison.Ordinal)..]));
        Assert.All(urls, url => Assert.Matches(new Regex(@"^https?://[^/]+/\d{12}/[^/]+$"), url));
        Assert.Equal(nextToken, response.Value("NextToken") is not null);
    });
}
