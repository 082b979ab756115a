namespace Emulator.Kinesis.Shapes;

public sealed class Shard
{
    public string? ShardId { get; set; }

    public string? ParentShardId { get; set; }

    public string? AdjacentParentShardId { get; set; }

    public HashKeyRange? HashKeyRange { get; set; }

    public SequenceNumberRange? SequenceNumberRange { get; set; }
}
