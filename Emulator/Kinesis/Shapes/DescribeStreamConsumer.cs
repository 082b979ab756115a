namespace Emulator.Kinesis.Shapes;

public sealed class DescribeStreamConsumerInput
{
    public string? StreamARN { get; set; }

    public string? ConsumerName { get; set; }

    public string? ConsumerARN { get; set; }

    public string? StreamId { get; set; }
}

public sealed class DescribeStreamConsumerOutput
{
    public ConsumerDescription? ConsumerDescription { get; set; }
}

public sealed class ConsumerDescription
{
    public string? ConsumerName { get; set; }

    public string? ConsumerARN { get; set; }

    public string? ConsumerStatus { get; set; }

    public DateTimeOffset? ConsumerCreationTimestamp { get; set; }

    public string? StreamARN { get; set; }
}
