using Amazon.S3.Model;
using Amazon.SQS.Model;
using Emulator.Testing;

namespace Emulator.Tests.Testing;

/// <summary>Emulator.Testing: the emulator inside the test process, without a socket or on a free port.</summary>
public class AwsEmulatorTests(AwsEmulatorFixture fixture) : IClassFixture<AwsEmulatorFixture>
{
    [Fact]
    public async Task In_memory_clients_work_and_the_clock_moves_without_waiting()
    {
        var sqs = fixture.Emulator.CreateSqsClient();
        var url = (await sqs.CreateQueueAsync(new CreateQueueRequest
        {
            QueueName = "in-memory", Attributes = new() { ["DelaySeconds"] = "300" },
        })).QueueUrl;
        await sqs.SendMessageAsync(url, "later");

        var before = await sqs.ReceiveMessageAsync(url);
        var peeked = fixture.Emulator.Messages(url);
        fixture.Emulator.Advance(TimeSpan.FromSeconds(300));
        var after = await sqs.ReceiveMessageAsync(url);

        Assert.Null(fixture.Emulator.Handler is null ? "no handler" : null);
        Assert.Empty(before.Messages ?? []);
        Assert.Equal(("later", "delayed"), (Assert.Single(peeked).Body, peeked[0].State));
        Assert.Equal("later", Assert.Single(after.Messages).Body);
    }

    [Fact]
    public async Task Two_emulators_are_isolated_and_reset_forgets_everything()
    {
        await using var other = await AwsEmulator.StartAsync();
        var s3 = fixture.Emulator.CreateS3Client();
        await s3.PutBucketAsync("isolated");
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = "isolated", Key = "k", ContentBody = "v" });

        var elsewhere = await other.CreateS3Client().ListBucketsAsync();
        fixture.Emulator.Reset();
        var afterReset = await s3.ListBucketsAsync();

        Assert.Empty(elsewhere.Buckets ?? []);
        Assert.Empty(afterReset.Buckets ?? []);
    }

    [Fact]
    public async Task SNS_deliveries_and_Firehose_objects_are_seen_as_typed_objects()
    {
        await using var emulator = await AwsEmulator.StartAsync();
        using var http = new HttpClient(emulator.Handler!, disposeHandler: false) { BaseAddress = new Uri(emulator.ServiceUrl) };
        async Task Call(string service, string target, string body)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent(body) };
            request.Content.Headers.ContentType = new("application/x-amz-json-1.1");
            request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
            request.Headers.TryAddWithoutValidation("Authorization", $"AWS4-HMAC-SHA256 Credential=test/20261204/us-east-1/{service}/aws4_request, SignedHeaders=host, Signature=0");
            (await http.SendAsync(request)).EnsureSuccessStatusCode();
        }
        await emulator.CreateS3Client().PutBucketAsync("typed");
        await Call("firehose", "Firehose_20150804.CreateDeliveryStream",
            """{"DeliveryStreamName":"typed","ExtendedS3DestinationConfiguration":{"RoleARN":"arn:aws:iam::000000000000:role/r","BucketARN":"arn:aws:s3:::typed","BufferingHints":{"SizeInMBs":1,"IntervalInSeconds":60}}}""");
        await Call("firehose", "Firehose_20150804.PutRecord", """{"DeliveryStreamName":"typed","Record":{"Data":"aGk="}}""");
        using var sms = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Action"] = "Publish", ["PhoneNumber"] = "+15555550100", ["Message"] = "code 1234",
        }) };
        sms.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 Credential=test/20261204/us-east-1/sns/aws4_request, SignedHeaders=host, Signature=0");
        (await http.SendAsync(sms)).EnsureSuccessStatusCode();

        emulator.Advance(TimeSpan.FromSeconds(60));
        IReadOnlyList<string> objects = [];
        for (var i = 0; i < 100 && objects.Count == 0; i++, await Task.Delay(20)) objects = emulator.FirehoseObjects("typed");

        Assert.StartsWith("s3://typed/", Assert.Single(objects));
        Assert.Equal(("+15555550100", "code 1234"), (Assert.Single(emulator.SnsDeliveries("sms")).Endpoint, emulator.SnsDeliveries("sms")[0].Message));
    }

    [Fact]
    public async Task On_loopback_the_emulator_has_a_real_address()
    {
        await using var emulator = await AwsEmulator.StartAsync(EmulatorTransport.Loopback);
        using var http = new HttpClient();

        var health = await http.GetStringAsync(emulator.ServiceUrl + "/_emulator/health");
        var queue = await emulator.CreateSqsClient().CreateQueueAsync("loopback");

        Assert.StartsWith("http://127.0.0.1:", emulator.ServiceUrl);
        Assert.Contains("running", health);
        Assert.StartsWith(emulator.ServiceUrl, queue.QueueUrl);
    }
}
