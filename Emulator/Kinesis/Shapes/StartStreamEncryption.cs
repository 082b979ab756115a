namespace Emulator.Kinesis.Shapes;

public sealed class StartStreamEncryptionInput
{
    public string? StreamName { get; set; }

    public string? EncryptionType { get; set; }

    public string? KeyId { get; set; }

    public string? StreamARN { get; set; }

    public string? StreamId { get; set; }
}
