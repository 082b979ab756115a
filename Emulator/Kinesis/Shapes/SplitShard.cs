namespace Emulator.Kinesis.Shapes;

public sealed class SplitShardInput
{
    public string? StreamName { get; set; }

    public string? ShardToSplit { get; set; }

    public string? NewStartingHashKey { get; set; }

    public string? StreamARN { get; set; }

    public string? StreamId { get; set; }
}
