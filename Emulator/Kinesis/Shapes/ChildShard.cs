namespace Emulator.Kinesis.Shapes;

public sealed class ChildShard
{
    public string? ShardId { get; set; }

    public List<string>? ParentShards { get; set; }

    public HashKeyRange? HashKeyRange { get; set; }
}
