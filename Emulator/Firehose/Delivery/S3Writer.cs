using Emulator.Firehose.Shapes;
using Emulator.Firehose.Streams;
using Emulator.Protocol.Pipeline;
using Emulator.S3;

namespace Emulator.Firehose.Delivery;

/// <summary>
/// Writes a batch into the emulator's S3 as one object: the records concatenated as they came (no delimiter added),
/// compressed as configured, under Firehose's key layout (<see cref="ObjectKeys"/>).
/// </summary>
public sealed class S3Writer(ObjectDelivery objects)
{
    /// <returns>The bucket and key written.</returns>
    public (string Bucket, string Key) Write(DeliveryStream stream, ExtendedS3DestinationConfiguration s3, RecordBatch batch,
        string? errorOutputType = null)
    {
        var bucketName = BucketName(s3.BucketARN!);
        var format = s3.CompressionFormat ?? "UNCOMPRESSED";
        var extension = string.IsNullOrEmpty(s3.FileExtension) ? Compression.Extension(format) : s3.FileExtension;
        var prefix = errorOutputType is null ? s3.Prefix : s3.ErrorOutputPrefix ?? s3.Prefix;
        var key = ObjectKeys.For(stream.Name, stream.Version, prefix, batch.OldestArrival, extension, errorOutputType);
        using var content = format == "UNCOMPRESSED"
            ? Concatenated(batch.Records)
            : ChunkedBlob.Of(Compression.Apply(format, batch.Records, key[(key.LastIndexOf('/') + 1)..]));
        if (objects.Put(bucketName, key, content) is { } error) throw new DeliveryFailure("S3." + error.Code, error.Message);
        return (bucketName, key);
    }

    private static ChunkedBlob Concatenated(IReadOnlyList<byte[]> records)
    {
        using var builder = new ChunkedBlob.Builder(long.MaxValue);
        foreach (var record in records) builder.Write(record);
        return builder.Build();
    }

    /// <summary><c>arn:aws:s3:::bucket</c> → <c>bucket</c>.</summary>
    public static string BucketName(string arn) => arn[(arn.LastIndexOf(':') + 1)..];
}
