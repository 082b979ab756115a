using System.Net;
using Amazon.S3.Model;
using Amazon.SQS.Model;
using Emulator.Hosting;
using Emulator.Hosting.Declarations;
using Emulator.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace Emulator.Tests.Hosting;

/// <summary>The configuration file: the example in docs/ starts an emulator with every resource it declares; mistakes name their line.</summary>
public class DeclaredResourcesTests
{
    private static readonly string Example = Path.Combine(Compat.ExternalTool.CompatFolder, "..", "..", "docs", "examples", "emulator.yaml");

    [Fact]
    public async Task The_example_file_creates_everything_it_declares()
    {
        var server = new EmulatorServer("--config", Example);
        try
        {
            await server.InitializeAsync();
            var sqs = server.CreateSqsClient();
            var s3 = server.CreateS3Client();
            using var http = server.CreateHttpClient();

            var orders = (await sqs.GetQueueUrlAsync("orders")).QueueUrl;
            var attributes = await sqs.GetQueueAttributesAsync(orders, ["RedrivePolicy", "VisibilityTimeout"]);
            var tags = await sqs.ListQueueTagsAsync(new ListQueueTagsRequest { QueueUrl = orders });
            var seeded = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "fixtures" });
            var firehose = JArray.Parse(await http.GetStringAsync("/_emulator/firehose/delivery-streams"));
            var health = await http.GetAsync("/_emulator/health");

            Assert.Contains("orders-dlq", attributes.Attributes["RedrivePolicy"]);
            Assert.Equal(("30", "checkout"), (attributes.Attributes["VisibilityTimeout"], tags.Tags["team"]));
            Assert.Equal(["orders.json", "reports/2026-11.csv"], seeded.S3Objects.Select(o => o.Key));
            Assert.Equal(["clicks-to-s3", "order-archive"], firehose.Select(s => (string)s["name"]!).Order());
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);

            var topic = "arn:aws:sns:us-east-1:000000000000:order-events";
            using var sns = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Action"] = "Publish", ["TopicArn"] = topic, ["Message"] = "paid!", ["MessageAttributes.entry.1.Name"] = "kind",
                ["MessageAttributes.entry.1.Value.DataType"] = "String", ["MessageAttributes.entry.1.Value.StringValue"] = "paid",
            }) };
            sns.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 Credential=test/20261204/us-east-1/sns/aws4_request, SignedHeaders=host, Signature=0");
            Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(sns)).StatusCode);
            var received = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = orders, WaitTimeSeconds = 1 });
            Assert.Equal("paid!", Assert.Single(received.Messages).Body);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_process_exits_non_zero_naming_the_line()
    {
        var file = Path.Combine(Path.GetTempPath(), $"declared-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, "queues:\n  - name: ok\n  - name: \"bad name!\"\n");
        try
        {
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("dotnet",
                [typeof(EmulatorHost).Assembly.Location, "--urls", "http://127.0.0.1:0", "--config", file])
            {
                RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
            })!;
            var stderr = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();

            Assert.Equal(1, process.ExitCode);
            Assert.Contains(Path.GetFileName(file) + ":3:", stderr);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("queues:\n  - attributes: {}\n", 2, "queues[0]: 'name' is required")]
    [InlineData("queues:\n  - name: a\n    deadLetterQueue: { name: missing }\n", 2, "CreateQueue refused it")]
    [InlineData("streams:\n  - name: s\n    shards: many\n", 3, "expected a whole number")]
    [InlineData("widgets: []\n", 1, "unknown section")]
    [InlineData("queues: [\n", 2, "")]
    public async Task A_mistake_names_its_line(string yaml, int line, string problem)
    {
        var file = Path.Combine(Path.GetTempPath(), $"declared-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, yaml);
        try
        {
            var server = new EmulatorServer("--config", file);
            var error = await Assert.ThrowsAsync<DeclarationError>(server.InitializeAsync);
            await server.DisposeAsync();

            Assert.Equal(line, error.Line);
            Assert.Contains(problem, error.Message);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
