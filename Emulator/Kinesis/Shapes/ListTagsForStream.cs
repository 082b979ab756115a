using Emulator.Protocol.Shapes;

namespace Emulator.Kinesis.Shapes;

public sealed class ListTagsForStreamInput
{
    [Constraint(Min = 1, Max = 128, Pattern = @"[a-zA-Z0-9_.-]+")]
    public string? StreamName { get; set; }

    [Constraint(Min = 1, Max = 128)]
    public string? ExclusiveStartTagKey { get; set; }

    [Constraint(Min = 1, Max = 50)]
    public int? Limit { get; set; }

    [Constraint(Min = 1, Max = 2048, Pattern = @"arn:aws.*:kinesis:.*:\d{12}:stream/\S+")]
    public string? StreamARN { get; set; }

    [Constraint(Min = 1, Max = 24, Pattern = @"[a-z0-9]{20}-[a-z0-9]{3}")]
    public string? StreamId { get; set; }
}

public sealed class ListTagsForStreamOutput
{
    public List<Tag>? Tags { get; set; }

    public bool? HasMoreTags { get; set; }
}
