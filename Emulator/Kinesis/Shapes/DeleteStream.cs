namespace Emulator.Kinesis.Shapes;

public sealed class DeleteStreamInput
{
    public string? StreamName { get; set; }

    public bool? EnforceConsumerDeletion { get; set; }

    public string? StreamARN { get; set; }

    public string? StreamId { get; set; }
}
