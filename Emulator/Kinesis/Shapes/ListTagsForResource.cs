namespace Emulator.Kinesis.Shapes;

public sealed class ListTagsForResourceInput
{
    public string? ResourceARN { get; set; }

    public string? StreamId { get; set; }
}

public sealed class ListTagsForResourceOutput
{
    public List<Tag>? Tags { get; set; }
}
