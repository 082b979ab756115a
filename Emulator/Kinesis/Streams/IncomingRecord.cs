namespace Emulator.Kinesis.Streams;

/// <summary>A record on its way into a shard.</summary>
public readonly record struct IncomingRecord(byte[] Data, string PartitionKey);
