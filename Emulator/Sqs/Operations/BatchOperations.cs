using Emulator.Protocol.Errors;
using Emulator.Protocol.Routing;
using Emulator.Sqs.Queues;
using Emulator.Sqs.Shapes;
using Emulator.Sqs.Validation;

namespace Emulator.Sqs.Operations;

/// <summary>
/// SendMessageBatch, DeleteMessageBatch and ChangeMessageVisibilityBatch: the batch rules once, then each entry
/// through the same path as its single-message operation, its error reported in Failed.
/// </summary>
public sealed class BatchOperations(QueueLocator locator) : ISqsOperations
{
    public void Register(OperationRegistry registry)
    {
        registry.Add<SendMessageBatchRequest, SendMessageBatchResult>(SqsService.Sqs, "SendMessageBatch", SendMessageBatch);
        registry.Add<DeleteMessageBatchRequest, DeleteMessageBatchResult>(SqsService.Sqs, "DeleteMessageBatch", DeleteMessageBatch);
        registry.Add<ChangeMessageVisibilityBatchRequest, ChangeMessageVisibilityBatchResult>(
            SqsService.Sqs, "ChangeMessageVisibilityBatch", ChangeMessageVisibilityBatch);
    }

    private SendMessageBatchResult SendMessageBatch(SendMessageBatchRequest request, AwsRequestContext context)
    {
        var queue = locator.Resolve(request.QueueUrl, context);
        var entries = request.Entries!;
        BatchEntries.Check(entries.Select(e => e.Id).ToList(), "SendMessageBatchRequestEntry");
        BatchEntries.CheckTotalSize(entries.Sum(e => (long)MessageSender.Size(SendRequest.From(e))));
        var result = new SendMessageBatchResult { Successful = [], Failed = [] };
        foreach (var entry in entries)
        {
            try
            {
                var (outcome, md5OfAttributes, md5OfSystem) = MessageSender.Send(queue, SendRequest.From(entry), context);
                result.Successful.Add(new SendMessageBatchResultEntry
                {
                    Id = entry.Id,
                    MessageId = outcome.MessageId,
                    MD5OfMessageBody = outcome.Md5OfBody,
                    MD5OfMessageAttributes = md5OfAttributes,
                    MD5OfMessageSystemAttributes = md5OfSystem,
                    SequenceNumber = outcome.SequenceNumber,
                });
            }
            catch (AwsError error)
            {
                result.Failed.Add(Failure(entry.Id, error));
            }
        }
        return result;
    }

    private DeleteMessageBatchResult DeleteMessageBatch(DeleteMessageBatchRequest request, AwsRequestContext context)
    {
        var queue = locator.Resolve(request.QueueUrl, context);
        var entries = request.Entries!;
        BatchEntries.Check(entries.Select(e => e.Id).ToList(), "DeleteMessageBatchRequestEntry");
        var result = new DeleteMessageBatchResult { Successful = [], Failed = [] };
        foreach (var entry in entries)
        {
            try
            {
                queue.Messages.Delete(entry.ReceiptHandle ?? throw CommonErrors.MissingParameter("ReceiptHandle"));
                result.Successful.Add(new BatchResultEntry { Id = entry.Id });
            }
            catch (AwsError error)
            {
                result.Failed.Add(Failure(entry.Id, error));
            }
        }
        return result;
    }

    private ChangeMessageVisibilityBatchResult ChangeMessageVisibilityBatch(ChangeMessageVisibilityBatchRequest request, AwsRequestContext context)
    {
        var queue = locator.Resolve(request.QueueUrl, context);
        var entries = request.Entries!;
        BatchEntries.Check(entries.Select(e => e.Id).ToList(), "ChangeMessageVisibilityBatchRequestEntry");
        var result = new ChangeMessageVisibilityBatchResult { Successful = [], Failed = [] };
        foreach (var entry in entries)
        {
            try
            {
                var seconds = entry.VisibilityTimeout ?? throw CommonErrors.MissingParameter("VisibilityTimeout");
                MessageOperations.CheckVisibility(seconds);
                queue.Messages.ChangeVisibility(entry.ReceiptHandle ?? throw CommonErrors.MissingParameter("ReceiptHandle"), seconds);
                result.Successful.Add(new BatchResultEntry { Id = entry.Id });
            }
            catch (AwsError error)
            {
                result.Failed.Add(Failure(entry.Id, error));
            }
        }
        return result;
    }

    private static BatchResultErrorEntry Failure(string? id, AwsError error) =>
        new() { Id = id, SenderFault = error.SenderFault, Code = error.QueryCode, Message = error.Message };
}
