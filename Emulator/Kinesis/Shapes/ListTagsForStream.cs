namespace Emulator.Kinesis.Shapes;

public sealed class ListTagsForStreamInput
{
    public string? StreamName { get; set; }

    public string? ExclusiveStartTagKey { get; set; }

    public int? Limit { get; set; }

    public string? StreamARN { get; set; }

    public string? StreamId { get; set; }
}

public sealed class ListTagsForStreamOutput
{
    public List<Tag>? Tags { get; set; }

    public bool? HasMoreTags { get; set; }
}
