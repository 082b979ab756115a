namespace Emulator.Kinesis.Shapes;

public sealed class Tag
{
    public string? Key { get; set; }

    public string? Value { get; set; }
}
