using Emulator.Protocol.Shapes;

namespace Emulator.Sqs.Shapes;

public sealed class GetQueueUrlRequest
{
    [AwsMember(Required = true)] public string? QueueName { get; set; }
    public string? QueueOwnerAWSAccountId { get; set; }
}

public sealed class GetQueueUrlResult
{
    public string? QueueUrl { get; set; }
}
