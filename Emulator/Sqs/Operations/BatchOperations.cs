using Emulator.Sqs.Messages;
using Emulator.Sqs.Queues;
using Emulator.Sqs.Shapes;
using Emulator.Sqs.Validation;

namespace Emulator.Sqs.Operations;

/// <summary>
/// SendMessageBatch, DeleteMessageBatch and ChangeMessageVisibilityBatch: the batch rules once, then each entry
/// through the same path as its single-message operation, its error reported in Failed.
/// </summary>
public sealed class BatchOperations(QueueLocator locator) : IOperationGroup
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
        var requests = entries.ConvertAll(SendRequest.From);
        BatchEntries.CheckTotalSize(requests.Sum(r => (long)MessageSender.Size(r)));
        MessageSender.CheckFifoBatch(queue, requests);
        var result = new SendMessageBatchResult { Successful = [], Failed = [] };
        var accepted = new List<(SendMessageBatchRequestEntry Entry, OutgoingMessage Outgoing, string? Md5OfSystem)>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            try
            {
                var (outgoing, md5OfSystem) = MessageSender.Check(queue, requests[i], context);
                accepted.Add((entry, outgoing, md5OfSystem));
            }
            catch (AwsError error)
            {
                result.Failed.Add(Failure(entry.Id, error));
            }
        }
        var outcomes = queue.Messages.SendAll(accepted.ConvertAll(a => a.Outgoing));
        for (var i = 0; i < outcomes.Length; i++)
        {
            var (entry, outgoing, md5OfSystem) = accepted[i];
            result.Successful.Add(new SendMessageBatchResultEntry
            {
                Id = entry.Id,
                MessageId = outcomes[i].MessageId,
                MD5OfMessageBody = outcomes[i].Md5OfBody,
                MD5OfMessageAttributes = outgoing.Md5OfAttributes,
                MD5OfMessageSystemAttributes = md5OfSystem,
                SequenceNumber = outcomes[i].SequenceNumber,
            });
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
                result.Successful.Add(new() { Id = entry.Id });
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
                result.Successful.Add(new() { Id = entry.Id });
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
