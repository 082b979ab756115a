namespace Emulator.Sqs.Shapes;

/// <summary>A successful entry of DeleteMessageBatch or ChangeMessageVisibilityBatch: just its id.</summary>
public sealed class BatchResultEntry
{
    public string? Id { get; set; }
}
