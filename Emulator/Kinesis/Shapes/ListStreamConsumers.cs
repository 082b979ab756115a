namespace Emulator.Kinesis.Shapes;

public sealed class ListStreamConsumersInput
{
    public string? StreamARN { get; set; }

    public string? NextToken { get; set; }

    public int? MaxResults { get; set; }

    public DateTimeOffset? StreamCreationTimestamp { get; set; }

    public string? StreamId { get; set; }
}

public sealed class ListStreamConsumersOutput
{
    public List<Consumer>? Consumers { get; set; }

    public string? NextToken { get; set; }
}
