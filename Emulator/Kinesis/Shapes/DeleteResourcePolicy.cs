namespace Emulator.Kinesis.Shapes;

public sealed class DeleteResourcePolicyInput
{
    public string? ResourceARN { get; set; }

    public string? StreamId { get; set; }
}
