using Emulator.Protocol.Shapes;

namespace Emulator.Kinesis.Shapes;

public sealed class TagResourceInput
{
    [Constraint(NotNull = true, Min = 1, Max = 200), KeyConstraint(Min = 1, Max = 128), ElementConstraint(Min = 0, Max = 256)]
    public Dictionary<string, string>? Tags { get; set; }

    [Constraint(NotNull = true, Min = 1, Max = 2048, Pattern = @"arn:aws.*:kinesis:.*:\d{12}:.*stream/\S+")]
    public string? ResourceARN { get; set; }

    [Constraint(Min = 1, Max = 24, Pattern = @"[a-z0-9]{20}-[a-z0-9]{3}")]
    public string? StreamId { get; set; }
}
