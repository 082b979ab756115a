namespace Emulator.Kinesis.Shapes;

public sealed class GetResourcePolicyInput
{
    public string? ResourceARN { get; set; }

    public string? StreamId { get; set; }
}

public sealed class GetResourcePolicyOutput
{
    public string? Policy { get; set; }
}
