using Emulator.Protocol.Shapes;

namespace Emulator.Sqs.Shapes;

public sealed class DeleteMessageRequest
{
    public string? QueueUrl { get; set; }
    [AwsMember(Required = true)] public string? ReceiptHandle { get; set; }
}
