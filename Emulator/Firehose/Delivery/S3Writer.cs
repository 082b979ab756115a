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
    public (string Bucket, string Key) Write(DeliveryStream stream, ExtendedS3DestinationConfiguration s3, RecordBatch batch) =>
        Write(stream, s3, batch, s3.Prefix, null);

    /// <summary>
    /// Records that failed (processing, or delivery to an HTTP endpoint), one JSON line each as AWS writes them
    /// (<c>attemptsMade</c>, <c>arrivalTimestamp</c>, <c>errorCode</c>, <c>errorMessage</c>, <c>attemptEndingTimestamp</c>,
    /// <c>rawData</c> in base64), under the error output prefix, or <c>&lt;error output type&gt;/yyyy/MM/dd/HH/</c> without one.
    /// </summary>
    public (string Bucket, string Key) WriteFailed(DeliveryStream stream, ExtendedS3DestinationConfiguration s3, RecordBatch failed,
        string errorOutputType, string errorCode, string errorMessage, int attempts, DateTimeOffset endedAt)
    {
        var lines = failed.Records.Select(record => FailedRecordLine(record, failed.OldestArrival, errorCode, errorMessage, attempts, endedAt)).ToList();
        var prefix = s3.ErrorOutputPrefix is { Length: > 0 } errorPrefix
            ? errorPrefix
            : errorOutputType + "/" + failed.OldestArrival.UtcDateTime.ToString("yyyy/MM/dd/HH/", System.Globalization.CultureInfo.InvariantCulture);
        return Write(stream, s3, new RecordBatch(lines, lines.Sum(l => (long)l.Length), failed.OldestArrival), prefix, errorOutputType);
    }

    private (string Bucket, string Key) Write(DeliveryStream stream, ExtendedS3DestinationConfiguration s3, RecordBatch batch, string? prefix,
        string? errorOutputType)
    {
        var bucketName = BucketName(s3.BucketARN!);
        var format = s3.CompressionFormat ?? "UNCOMPRESSED";
        var extension = string.IsNullOrEmpty(s3.FileExtension) ? Compression.Extension(format) : s3.FileExtension;
        var key = ObjectKeys.For(stream.Name, stream.Version, prefix, ObjectKeys.InZone(batch.OldestArrival, s3.CustomTimeZone), extension,
            errorOutputType);
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

    private static byte[] FailedRecordLine(byte[] record, DateTimeOffset arrival, string code, string message, int attempts, DateTimeOffset endedAt)
    {
        using var output = new MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(output))
        {
            json.WriteStartObject();
            json.WriteNumber("attemptsMade", attempts);
            json.WriteNumber("arrivalTimestamp", arrival.ToUnixTimeMilliseconds());
            json.WriteString("errorCode", code);
            json.WriteString("errorMessage", message);
            json.WriteNumber("attemptEndingTimestamp", endedAt.ToUnixTimeMilliseconds());
            json.WriteBase64String("rawData", record);
            json.WriteEndObject();
        }
        output.WriteByte((byte)'\n');
        return output.ToArray();
    }

    /// <summary><c>arn:aws:s3:::bucket</c> → <c>bucket</c>.</summary>
    public static string BucketName(string arn) => arn[(arn.LastIndexOf(':') + 1)..];
}
