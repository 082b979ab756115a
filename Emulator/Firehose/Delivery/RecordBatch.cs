namespace Emulator.Firehose.Delivery;

/// <summary>Records that left a buffer together: they become one S3 object or one HTTP request.</summary>
public sealed record RecordBatch(IReadOnlyList<byte[]> Records, long Bytes, DateTimeOffset OldestArrival);
