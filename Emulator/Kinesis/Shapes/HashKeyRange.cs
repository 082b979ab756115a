namespace Emulator.Kinesis.Shapes;

public sealed class HashKeyRange
{
    public string? StartingHashKey { get; set; }

    public string? EndingHashKey { get; set; }
}
