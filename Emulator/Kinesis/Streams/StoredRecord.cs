namespace Emulator.Kinesis.Streams;

/// <summary>One record in a shard: its data as sent, and what the stream assigned to it.</summary>
public sealed record StoredRecord(byte[] Data, string PartitionKey, UInt128 SequenceNumber, DateTimeOffset ArrivedAt);
