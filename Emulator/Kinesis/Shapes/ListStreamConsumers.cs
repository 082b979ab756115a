using Emulator.Protocol.Shapes;

namespace Emulator.Kinesis.Shapes;

public sealed class ListStreamConsumersInput
{
    [Constraint(NotNull = true, Min = 1, Max = 2048, Pattern = @"arn:aws.*:kinesis:.*:\d{12}:stream/\S+")]
    public string? StreamARN { get; set; }

    [Constraint(Min = 1, Max = 1048576)]
    public string? NextToken { get; set; }

    [Constraint(Min = 1, Max = 10000)]
    public int? MaxResults { get; set; }

    public DateTimeOffset? StreamCreationTimestamp { get; set; }

    [Constraint(Min = 1, Max = 24, Pattern = @"[a-z0-9]{20}-[a-z0-9]{3}")]
    public string? StreamId { get; set; }
}

public sealed class ListStreamConsumersOutput
{
    public List<Consumer>? Consumers { get; set; }

    public string? NextToken { get; set; }
}
