using Emulator.Protocol.Shapes;

namespace Emulator.Kinesis.Shapes;

public sealed class StopStreamEncryptionInput
{
    [Constraint(Min = 1, Max = 128, Pattern = @"[a-zA-Z0-9_.-]+")]
    public string? StreamName { get; set; }

    [Constraint(NotNull = true, Enum = new[] { "KMS", "NONE" })]
    public string? EncryptionType { get; set; }

    [Constraint(NotNull = true, Min = 1, Max = 2048)]
    public string? KeyId { get; set; }

    [Constraint(Min = 1, Max = 2048, Pattern = @"arn:aws.*:kinesis:.*:\d{12}:stream/\S+")]
    public string? StreamARN { get; set; }

    [Constraint(Min = 1, Max = 24, Pattern = @"[a-z0-9]{20}-[a-z0-9]{3}")]
    public string? StreamId { get; set; }
}
