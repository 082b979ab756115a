namespace Emulator.Kinesis.Shapes;

public sealed class TagResourceInput
{
    public Dictionary<string, string>? Tags { get; set; }

    public string? ResourceARN { get; set; }

    public string? StreamId { get; set; }
}
