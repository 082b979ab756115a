using Emulator.Protocol.Shapes;

namespace Emulator.Sqs.Shapes;

public sealed class DeleteMessageBatchRequest
{
    public string? QueueUrl { get; set; }

    [AwsMember("DeleteMessageBatchRequestEntry", Flattened = true, Required = true)]
    public List<DeleteMessageBatchRequestEntry>? Entries { get; set; }
}

public sealed class DeleteMessageBatchRequestEntry
{
    public string? Id { get; set; }
    public string? ReceiptHandle { get; set; }
}

public sealed class DeleteMessageBatchResult
{
    [AwsMember("DeleteMessageBatchResultEntry", Flattened = true)]
    public List<BatchResultEntry>? Successful { get; set; }

    [AwsMember("BatchResultErrorEntry", Flattened = true)]
    public List<BatchResultErrorEntry>? Failed { get; set; }
}
