using Emulator.Protocol.Shapes;

namespace Emulator.Sqs.Shapes;

public sealed class ChangeMessageVisibilityRequest
{
    public string? QueueUrl { get; set; }
    [AwsMember(Required = true)] public string? ReceiptHandle { get; set; }
    [AwsMember(Required = true)] public int? VisibilityTimeout { get; set; }
}
