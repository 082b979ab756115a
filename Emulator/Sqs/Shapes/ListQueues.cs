using Emulator.Protocol.Shapes;

namespace Emulator.Sqs.Shapes;

public sealed class ListQueuesRequest
{
    public string? QueueNamePrefix { get; set; }
    public string? NextToken { get; set; }
    public int? MaxResults { get; set; }
}

public sealed class ListQueuesResult
{
    [AwsMember("QueueUrl", Flattened = true)] public List<string>? QueueUrls { get; set; }
    public string? NextToken { get; set; }
}
