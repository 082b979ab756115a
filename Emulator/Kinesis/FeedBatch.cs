namespace Emulator.Kinesis;

/// <summary>Records of one shard in order, and the sequence number of the last: where its reader resumes after them.</summary>
public sealed record FeedBatch(string ShardId, IReadOnlyList<byte[]> Records, string LastSequenceNumber);
