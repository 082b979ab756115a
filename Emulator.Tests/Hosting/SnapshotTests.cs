using System.Net;
using Amazon.SQS.Model;
using Emulator.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace Emulator.Tests.Hosting;

/// <summary>/_emulator/snapshot: the state as a file, and back into this or another emulator, in memory or durable mode.</summary>
public class SnapshotTests
{
    [Fact]
    public async Task A_snapshot_loaded_into_another_emulator_brings_queues_messages_and_their_state()
    {
        byte[] snapshot;
        await using (var source = await Seeded())
        {
            using var http = source.Server.CreateHttpClient();
            snapshot = await http.GetByteArrayAsync("/_emulator/snapshot");
        }

        await EmulatorServer.WithServer([], async target =>
        {
            using var http = target.CreateHttpClient();
            var loaded = await http.PostAsync("/_emulator/snapshot", new ByteArrayContent(snapshot));
            Assert.Equal(HttpStatusCode.OK, loaded.StatusCode);
            Assert.True((int)JObject.Parse(await loaded.Content.ReadAsStringAsync())["records"]! >= 7);

            using var sqs = target.CreateSqsClient();
            var url = (await sqs.GetQueueUrlAsync("fixtures")).QueueUrl;
            var attributes = (await sqs.GetQueueAttributesAsync(url, ["All"])).Attributes;
            Assert.Equal(("2", "1", "45"), (attributes["ApproximateNumberOfMessages"], attributes["ApproximateNumberOfMessagesNotVisible"], attributes["VisibilityTimeout"]));
            Assert.Equal("qa", (await sqs.ListQueueTagsAsync(new ListQueueTagsRequest { QueueUrl = url })).Tags["team"]);
            var received = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest(url) { MaxNumberOfMessages = 10, MessageAttributeNames = ["All"] });
            Assert.Equal(["second", "third"], received.Messages.Select(m => m.Body).Order());
            Assert.Equal("blue", received.Messages.Single(m => m.Body == "second").MessageAttributes["colour"].StringValue);
            var fifo = (await sqs.GetQueueUrlAsync("fixtures.fifo")).QueueUrl;
            Assert.Equal(["a1", "a2"], (await sqs.ReceiveMessageAsync(new ReceiveMessageRequest(fifo) { MaxNumberOfMessages = 10 })).Messages.Select(m => m.Body));
            await AssertFixtureAsync(target.CreateS3Client());
        });
    }

    [Fact]
    public async Task Loading_a_snapshot_replaces_what_was_there()
    {
        await using var seeded = await Seeded();
        using var http = seeded.Server.CreateHttpClient();
        var snapshot = await http.GetByteArrayAsync("/_emulator/snapshot");
        using var sqs = seeded.Server.CreateSqsClient();
        await sqs.CreateQueueAsync("made-after-the-snapshot");

        (await http.PostAsync("/_emulator/snapshot", new ByteArrayContent(snapshot))).EnsureSuccessStatusCode();

        Assert.Equal(["fixtures", "fixtures.fifo"], (await sqs.ListQueuesAsync(new ListQueuesRequest())).QueueUrls.Select(u => u.Split('/')[^1]).Order());
    }

    [Theory]
    [InlineData("not a snapshot at all", "not an emulator snapshot")]
    [InlineData("", "not an emulator snapshot")]
    public async Task A_file_that_is_not_a_whole_snapshot_is_refused_and_changes_nothing(string body, string problem)
    {
        await using var seeded = await Seeded();
        using var http = seeded.Server.CreateHttpClient();
        var refused = await http.PostAsync("/_emulator/snapshot", new StringContent(body));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(problem, await refused.Content.ReadAsStringAsync());
        using var sqs = seeded.Server.CreateSqsClient();
        Assert.Equal(2, (await sqs.ListQueuesAsync(new ListQueuesRequest())).QueueUrls.Count);
    }

    [Fact]
    public async Task A_cut_off_snapshot_is_refused()
    {
        await using var seeded = await Seeded();
        using var http = seeded.Server.CreateHttpClient();
        var snapshot = await http.GetByteArrayAsync("/_emulator/snapshot");
        var refused = await http.PostAsync("/_emulator/snapshot", new ByteArrayContent(snapshot[..^12]));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("cut off", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task In_durable_mode_a_loaded_snapshot_is_on_disk_before_the_answer()
    {
        byte[] snapshot;
        await using (var seeded = await Seeded())
        {
            using var http = seeded.Server.CreateHttpClient();
            snapshot = await http.GetByteArrayAsync("/_emulator/snapshot");
        }
        var directory = Directory.CreateTempSubdirectory("emulator-data-").FullName;
        try
        {
            using (var first = await EmulatorProcess.StartAsync("--data-dir", directory))
            {
                using var http = first.CreateHttpClient();
                (await http.PostAsync("/_emulator/snapshot", new ByteArrayContent(snapshot))).EnsureSuccessStatusCode();
                first.Signal("KILL");
                await first.WaitForExitAsync(TimeSpan.FromSeconds(5));
            }
            using var second = await EmulatorProcess.StartAsync("--data-dir", directory);
            using var sqs = second.CreateSqsClient();
            var url = (await sqs.GetQueueUrlAsync("fixtures")).QueueUrl;
            Assert.Equal("2", (await sqs.GetQueueAttributesAsync(url, ["ApproximateNumberOfMessages"])).Attributes["ApproximateNumberOfMessages"]);
            await AssertFixtureAsync(second.CreateS3Client());
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task AssertFixtureAsync(Amazon.S3.AmazonS3Client s3)
    {
        using (s3)
        using (var fixture = await s3.GetObjectAsync("snapshot-fixtures", "users/1.json"))
            Assert.Equal("{\"id\":1}", await new StreamReader(fixture.ResponseStream).ReadToEndAsync());
    }

    /// <summary>A queue with tags, attributes and three messages (one in flight), and a FIFO queue with one group.</summary>
    private static async Task<SeededServer> Seeded()
    {
        var server = new EmulatorServer();
        await server.InitializeAsync();
        using var sqs = server.CreateSqsClient();
        var url = (await sqs.CreateQueueAsync(new CreateQueueRequest
        {
            QueueName = "fixtures", Attributes = new() { ["VisibilityTimeout"] = "45" }, Tags = new() { ["team"] = "qa" },
        })).QueueUrl;
        await sqs.SendMessageAsync(url, "first");
        Assert.Equal("first", Assert.Single((await sqs.ReceiveMessageAsync(url)).Messages).Body);
        await sqs.SendMessageAsync(new SendMessageRequest(url, "second")
        {
            MessageAttributes = new() { ["colour"] = new MessageAttributeValue { DataType = "String", StringValue = "blue" } },
        });
        await sqs.SendMessageAsync(url, "third");
        var fifo = (await sqs.CreateQueueAsync(new CreateQueueRequest
        {
            QueueName = "fixtures.fifo", Attributes = new() { ["FifoQueue"] = "true", ["ContentBasedDeduplication"] = "true" },
        })).QueueUrl;
        foreach (var body in new[] { "a1", "a2" }) await sqs.SendMessageAsync(new SendMessageRequest(fifo, body) { MessageGroupId = "a" });
        using var s3 = server.CreateS3Client();
        await s3.PutBucketAsync("snapshot-fixtures");
        await s3.PutObjectAsync(new Amazon.S3.Model.PutObjectRequest { BucketName = "snapshot-fixtures", Key = "users/1.json", ContentBody = "{\"id\":1}" });
        return new SeededServer(server);
    }

    private sealed record SeededServer(EmulatorServer Server) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await Server.DisposeAsync();
    }
}
