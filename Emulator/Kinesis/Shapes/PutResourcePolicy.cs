namespace Emulator.Kinesis.Shapes;

public sealed class PutResourcePolicyInput
{
    public string? ResourceARN { get; set; }

    public string? StreamId { get; set; }

    public string? Policy { get; set; }
}
