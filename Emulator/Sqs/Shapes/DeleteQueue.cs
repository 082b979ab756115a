namespace Emulator.Sqs.Shapes;

public sealed class DeleteQueueRequest
{
    /// <summary>Absent when the request is sent to the queue URL itself.</summary>
    public string? QueueUrl { get; set; }
}
