namespace Emulator.Kinesis.Shapes;

public sealed class RegisterStreamConsumerInput
{
    public string? StreamARN { get; set; }

    public string? ConsumerName { get; set; }

    public string? StreamId { get; set; }

    public Dictionary<string, string>? Tags { get; set; }
}

public sealed class RegisterStreamConsumerOutput
{
    public Consumer? Consumer { get; set; }
}
