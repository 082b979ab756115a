using Amazon.S3.Model;
using Amazon.S3.Transfer;
using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.S3.EndToEnd;

/// <summary>With <c>--s3-dir</c>, object data lives in files: written on upload, read back, removed with the object and at shutdown.</summary>
public class ObjectDirectoryTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("emulator-s3-").FullName;

    [Fact]
    public async Task Objects_are_files_that_go_away_with_their_objects_and_with_the_emulator()
    {
        var server = new EmulatorServer("--s3-dir", _dir);
        await server.InitializeAsync();
        try
        {
            var s3 = server.CreateS3Client();
            var bucket = await TestBuckets.CreateAsync(s3, "files");
            var data = new byte[300_000];
            new Random(5).NextBytes(data);

            await s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "a.bin", InputStream = new MemoryStream(data) });
            await new TransferUtility(s3, new TransferUtilityConfig { MinSizeBeforePartUpload = 5 * 1024 * 1024 }).UploadAsync(
                new TransferUtilityUploadRequest { BucketName = bucket, Key = "big.bin", InputStream = new MemoryStream(new byte[11 * 1024 * 1024]), PartSize = 5 * 1024 * 1024 });
            var files = Directory.GetFiles(_dir, "*", SearchOption.AllDirectories);
            using var whole = await s3.GetObjectAsync(bucket, "a.bin");
            using var range = await s3.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = "a.bin", ByteRange = new ByteRange(100_000, 100_009) });

            Assert.Contains(files, f => new FileInfo(f).Length == data.Length);
            Assert.Equal(4, files.Length);
            Assert.Equal(data, await Read(whole));
            Assert.Equal(data[100_000..100_010], await Read(range));

            await s3.DeleteObjectAsync(bucket, "a.bin");
            Assert.Equal(3, Directory.GetFiles(_dir, "*", SearchOption.AllDirectories).Length);
        }
        finally
        {
            await server.DisposeAsync();
        }
        Assert.Empty(Directory.GetFileSystemEntries(_dir));
    }

    private static async Task<byte[]> Read(GetObjectResponse response)
    {
        using var read = new MemoryStream();
        await response.ResponseStream.CopyToAsync(read);
        return read.ToArray();
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
