using System.Net;
using Amazon.S3;
using Amazon.SQS;
using Emulator.Hosting.Limits;
using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Hosting;

/// <summary>--max-memory: over the budget, operations that store data answer the service's throttling error; the rest works.</summary>
public class MemoryBudgetTests
{
    [Fact]
    public async Task Over_the_budget_sends_are_throttled_while_receives_and_deletes_drain_the_queue()
    {
        // Any process holds more than 1 MB of managed memory, so the budget is exceeded from the start.
        await EmulatorServer.WithServer(["--max-memory", "1MB"], async server =>
        {
            using var sqs = server.CreateSqsClient();
            var url = (await sqs.CreateQueueAsync(EmulatorServer.UniqueName("budget"))).QueueUrl;

            var thrown = await Assert.ThrowsAnyAsync<AmazonSQSException>(() => sqs.SendMessageAsync(url, "too much"));
            Assert.Equal(("RequestThrottled", HttpStatusCode.BadRequest), (thrown.ErrorCode, thrown.StatusCode));
            Assert.Contains("--max-memory 1 MB", thrown.Message);
            Assert.Empty((await sqs.ReceiveMessageAsync(url)).Messages ?? []);
            await sqs.DeleteQueueAsync(url);
        });
    }

    [Fact]
    public async Task Over_the_budget_S3_uploads_slow_down_while_reads_work()
    {
        await EmulatorServer.WithServer(["--max-memory", "1MB"], async server =>
        {
            using var s3 = server.CreateS3Client();
            var bucket = EmulatorServer.UniqueName("budget");
            await s3.PutBucketAsync(bucket);

            var thrown = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() =>
                s3.PutObjectAsync(new Amazon.S3.Model.PutObjectRequest { BucketName = bucket, Key = "k", ContentBody = "data" }));
            Assert.Equal(("SlowDown", HttpStatusCode.ServiceUnavailable), (thrown.ErrorCode, thrown.StatusCode));
            Assert.Empty((await s3.ListObjectsV2Async(new Amazon.S3.Model.ListObjectsV2Request { BucketName = bucket })).S3Objects ?? []);
        });
    }

    [Fact]
    public async Task Within_the_budget_sends_are_accepted()
    {
        await EmulatorServer.WithServer(["--max-memory", "64GB"], async server =>
        {
            using var sqs = server.CreateSqsClient();
            var url = (await sqs.CreateQueueAsync(EmulatorServer.UniqueName("budget"))).QueueUrl;
            await sqs.SendMessageAsync(url, "fits");
            Assert.Equal("fits", Assert.Single((await sqs.ReceiveMessageAsync(url)).Messages).Body);
        });
    }

    [Theory]
    [InlineData("sqs", "SendMessageBatch", "RequestThrottled", 400)]
    [InlineData("sns", "Publish", "Throttled", 429)]
    [InlineData("kinesis", "PutRecords", "ProvisionedThroughputExceededException", 400)]
    [InlineData("firehose", "PutRecordBatch", "ServiceUnavailableException", 503)]
    [InlineData("s3", "UploadPart", "SlowDown", 503)]
    public async Task Each_service_answers_its_own_throttling_error(string service, string operation, string code, int status)
    {
        var budget = new MemoryBudget(100, () => 101);
        var refusal = await budget.BeforeAsync(service, operation, CancellationToken.None);
        Assert.Equal((code, status), (refusal?.Code, refusal?.Status));
    }

    [Theory]
    [InlineData("sqs", "ReceiveMessage")]
    [InlineData("sqs", "DeleteMessage")]
    [InlineData("kinesis", "GetRecords")]
    [InlineData("s3", "DeleteObject")]
    [InlineData("sns", "CreateTopic")]
    public async Task Reads_and_deletes_are_never_refused(string service, string operation)
    {
        var budget = new MemoryBudget(100, () => 101);
        Assert.Null(await budget.BeforeAsync(service, operation, CancellationToken.None));
    }

    [Fact]
    public async Task Memory_freed_below_the_budget_lets_sends_in_again()
    {
        var used = 101L;
        var budget = new MemoryBudget(100, () => used);
        Assert.NotNull(await budget.BeforeAsync("sqs", "SendMessage", CancellationToken.None));
        used = 50;
        await Task.Delay(150); // the budget re-reads the heap every 100 ms of real time
        Assert.Null(await budget.BeforeAsync("sqs", "SendMessage", CancellationToken.None));
    }

    [Theory]
    [InlineData("512MB", 512L << 20)]
    [InlineData("2 GiB", 2L << 30)]
    [InlineData("1.5g", 3L << 29)]
    [InlineData("1048576", 1L << 20)]
    [InlineData("64k", 64L << 10)]
    public void Sizes_read_as_written(string text, long bytes) => Assert.Equal(bytes, ByteSize.Parse(text, "max-memory"));

    [Theory]
    [InlineData("lots")]
    [InlineData("-1GB")]
    [InlineData("0")]
    public void A_size_that_is_not_one_is_refused_naming_the_flag(string text) =>
        Assert.Contains("--max-memory", Assert.Throws<ArgumentException>(() => ByteSize.Parse(text, "max-memory")).Message);
}
