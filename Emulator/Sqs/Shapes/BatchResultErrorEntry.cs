namespace Emulator.Sqs.Shapes;

public sealed class BatchResultErrorEntry
{
    public string? Id { get; set; }
    public bool? SenderFault { get; set; }
    public string? Code { get; set; }
    public string? Message { get; set; }
}
