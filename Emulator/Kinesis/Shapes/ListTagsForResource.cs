using Emulator.Protocol.Shapes;

namespace Emulator.Kinesis.Shapes;

public sealed class ListTagsForResourceInput
{
    [Constraint(NotNull = true, Min = 1, Max = 2048, Pattern = @"arn:aws.*:kinesis:.*:\d{12}:.*stream/\S+")]
    public string? ResourceARN { get; set; }

    [Constraint(Min = 1, Max = 24, Pattern = @"[a-z0-9]{20}-[a-z0-9]{3}")]
    public string? StreamId { get; set; }
}

public sealed class ListTagsForResourceOutput
{
    public List<Tag>? Tags { get; set; }
}
