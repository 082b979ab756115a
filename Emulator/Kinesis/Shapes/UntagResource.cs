namespace Emulator.Kinesis.Shapes;

public sealed class UntagResourceInput
{
    public List<string>? TagKeys { get; set; }

    public string? ResourceARN { get; set; }

    public string? StreamId { get; set; }
}
