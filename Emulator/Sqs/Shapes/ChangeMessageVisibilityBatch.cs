using Emulator.Protocol.Shapes;

namespace Emulator.Sqs.Shapes;

public sealed class ChangeMessageVisibilityBatchRequest
{
    public string? QueueUrl { get; set; }

    [AwsMember("ChangeMessageVisibilityBatchRequestEntry", Flattened = true, Required = true)]
    public List<ChangeMessageVisibilityBatchRequestEntry>? Entries { get; set; }
}

public sealed class ChangeMessageVisibilityBatchRequestEntry
{
    public string? Id { get; set; }
    public string? ReceiptHandle { get; set; }
    public int? VisibilityTimeout { get; set; }
}

public sealed class ChangeMessageVisibilityBatchResult
{
    [AwsMember("ChangeMessageVisibilityBatchResultEntry", Flattened = true)]
    public List<BatchResultEntry>? Successful { get; set; }

    [AwsMember("BatchResultErrorEntry", Flattened = true)]
    public List<BatchResultErrorEntry>? Failed { get; set; }
}
