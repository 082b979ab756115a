namespace Emulator.Kinesis.Shapes;

public sealed class Consumer
{
    public string? ConsumerName { get; set; }

    public string? ConsumerARN { get; set; }

    public string? ConsumerStatus { get; set; }

    public DateTimeOffset? ConsumerCreationTimestamp { get; set; }
}
