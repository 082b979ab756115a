using System.Text;

namespace Emulator.Kinesis.Streams;

/// <summary>A view of one record in a shard's log: its data and partition key as sent, and what the stream assigned to it.</summary>
public readonly record struct StoredRecord(ReadOnlyMemory<byte> Data, ReadOnlyMemory<byte> PartitionKeyUtf8, UInt128 SequenceNumber, DateTimeOffset ArrivedAt)
{
    public string PartitionKey => Encoding.UTF8.GetString(PartitionKeyUtf8.Span);
}
