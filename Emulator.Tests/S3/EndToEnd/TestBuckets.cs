using Amazon.S3;
using Amazon.S3.Model;
using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.S3.EndToEnd;

/// <summary>Fresh buckets for tests that share one emulator: unique names within S3's naming rules.</summary>
internal static class TestBuckets
{
    public static string Name(string prefix) => EmulatorServer.UniqueName(prefix).ToLowerInvariant().Replace('_', '-');

    public static async Task<string> CreateAsync(AmazonS3Client s3, string prefix)
    {
        var name = Name(prefix);
        await s3.PutBucketAsync(new PutBucketRequest { BucketName = name });
        return name;
    }
}
