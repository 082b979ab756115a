namespace Emulator.Kinesis.Shapes;

public sealed class RemoveTagsFromStreamInput
{
    public string? StreamName { get; set; }

    public List<string>? TagKeys { get; set; }

    public string? StreamARN { get; set; }

    public string? StreamId { get; set; }
}
