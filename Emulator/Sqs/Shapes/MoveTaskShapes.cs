using Emulator.Protocol.Shapes;

namespace Emulator.Sqs.Shapes;

public sealed class StartMessageMoveTaskRequest
{
    [AwsMember(Required = true)] public string? SourceArn { get; set; }
    public string? DestinationArn { get; set; }
    public int? MaxNumberOfMessagesPerSecond { get; set; }
}

public sealed class StartMessageMoveTaskResult
{
    public string? TaskHandle { get; set; }
}

public sealed class CancelMessageMoveTaskRequest
{
    [AwsMember(Required = true)] public string? TaskHandle { get; set; }
}

public sealed class CancelMessageMoveTaskResult
{
    public long? ApproximateNumberOfMessagesMoved { get; set; }
}

public sealed class ListMessageMoveTasksRequest
{
    [AwsMember(Required = true)] public string? SourceArn { get; set; }
    public int? MaxResults { get; set; }
}

public sealed class ListMessageMoveTasksResult
{
    [AwsMember("ListMessageMoveTasksResultEntry", Flattened = true)]
    public List<ListMessageMoveTasksResultEntry>? Results { get; set; }
}

public sealed class ListMessageMoveTasksResultEntry
{
    public string? TaskHandle { get; set; }
    public string? Status { get; set; }
    public string? SourceArn { get; set; }
    public string? DestinationArn { get; set; }
    public int? MaxNumberOfMessagesPerSecond { get; set; }
    public long? ApproximateNumberOfMessagesMoved { get; set; }
    public long? ApproximateNumberOfMessagesToMove { get; set; }
    public string? FailureReason { get; set; }
    public long? StartedTimestamp { get; set; }
}
