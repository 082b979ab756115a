using Amazon.S3.Model;
using Emulator.Testing;

namespace InProcessTests;

/// <summary>An emulator on a free loopback port, for code that takes an endpoint URL rather than an SDK client.</summary>
public class ReportBucketTests : IAsyncLifetime
{
    private AwsEmulator _aws = null!;

    public async Task InitializeAsync() => _aws = await AwsEmulator.StartAsync(EmulatorTransport.Loopback);

    public async Task DisposeAsync() => await _aws.DisposeAsync();

    [Fact]
    public async Task A_report_written_through_the_sdk_is_served_over_plain_http()
    {
        using var s3 = _aws.CreateS3Client();
        await s3.PutBucketAsync("reports");
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = "reports", Key = "2026/12/summary.txt", ContentBody = "42 orders" });

        using var http = new HttpClient();
        var body = await http.GetStringAsync($"{_aws.ServiceUrl}/reports/2026/12/summary.txt");
        Assert.Equal("42 orders", body);
    }

    [Fact]
    public async Task Reset_forgets_every_bucket()
    {
        using var s3 = _aws.CreateS3Client();
        await s3.PutBucketAsync("scratch");
        _aws.Reset();
        Assert.DoesNotContain((await s3.ListBucketsAsync()).Buckets ?? [], bucket => bucket.BucketName == "scratch");
    }
}
