using Emulator.Protocol.Shapes;

namespace Emulator.Sqs.Shapes;

public sealed class ListDeadLetterSourceQueuesRequest
{
    public string? QueueUrl { get; set; }
    public string? NextToken { get; set; }
    public int? MaxResults { get; set; }
}

public sealed class ListDeadLetterSourceQueuesResult
{
    [AwsMember("QueueUrl", JsonName = "queueUrls", Flattened = true)] public List<string>? QueueUrls { get; set; }
    public string? NextToken { get; set; }
}
