namespace Emulator.Kinesis.Shapes;

public sealed class MergeShardsInput
{
    public string? StreamName { get; set; }

    public string? ShardToMerge { get; set; }

    public string? AdjacentShardToMerge { get; set; }

    public string? StreamARN { get; set; }

    public string? StreamId { get; set; }
}
