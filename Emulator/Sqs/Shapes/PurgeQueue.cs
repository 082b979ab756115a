namespace Emulator.Sqs.Shapes;

public sealed class PurgeQueueRequest
{
    public string? QueueUrl { get; set; }
}
