namespace Emulator.Kinesis.Shapes;

public sealed class DeregisterStreamConsumerInput
{
    public string? StreamARN { get; set; }

    public string? ConsumerName { get; set; }

    public string? ConsumerARN { get; set; }

    public string? StreamId { get; set; }
}
