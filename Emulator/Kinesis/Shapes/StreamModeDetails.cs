using Emulator.Protocol.Shapes;

namespace Emulator.Kinesis.Shapes;

public sealed class StreamModeDetails
{
    [Constraint(NotNull = true, Enum = new[] { "PROVISIONED", "ON_DEMAND" })]
    public string? StreamMode { get; set; }
}
