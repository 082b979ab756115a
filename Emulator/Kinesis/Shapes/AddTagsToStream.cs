namespace Emulator.Kinesis.Shapes;

public sealed class AddTagsToStreamInput
{
    public string? StreamName { get; set; }

    public Dictionary<string, string>? Tags { get; set; }

    public string? StreamARN { get; set; }

    public string? StreamId { get; set; }
}
