namespace Emulator.Sqs.Shapes;

/// <summary>The input of an operation that names nothing but its queue (PurgeQueue).</summary>
public sealed class QueueUrlRequest
{
    /// <summary>Absent when the request is sent to the queue URL itself.</summary>
    public string? QueueUrl { get; set; }
}
