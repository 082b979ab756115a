using Emulator.Protocol.Shapes;

namespace Emulator.Kinesis.Shapes;

public sealed class ListStreamsInput
{
    [Constraint(Min = 1, Max = 10000)]
    public int? Limit { get; set; }

    [Constraint(Min = 1, Max = 128, Pattern = @"[a-zA-Z0-9_.-]+")]
    public string? ExclusiveStartStreamName { get; set; }

    [Constraint(Min = 1, Max = 1048576)]
    public string? NextToken { get; set; }
}

public sealed class ListStreamsOutput
{
    public List<string>? StreamNames { get; set; }

    public bool? HasMoreStreams { get; set; }

    public string? NextToken { get; set; }

    public List<StreamSummary>? StreamSummaries { get; set; }
}

public sealed class StreamSummary
{
    public string? StreamName { get; set; }

    public string? StreamARN { get; set; }

    public string? StreamStatus { get; set; }

    public StreamModeDetails? StreamModeDetails { get; set; }

    public DateTimeOffset? StreamCreationTimestamp { get; set; }
}
