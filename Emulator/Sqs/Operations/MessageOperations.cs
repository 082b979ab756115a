using Emulator.Sqs.Messages;
using Emulator.Sqs.Queues;
using Emulator.Sqs.Shapes;

namespace Emulator.Sqs.Operations;

/// <summary>SendMessage, ReceiveMessage, DeleteMessage and ChangeMessageVisibility.</summary>
public sealed class MessageOperations(QueueLocator locator) : IOperationGroup
{
    public const int MaxVisibilityTimeout = 43_200;

    public void Register(OperationRegistry registry)
    {
        registry.Add<SendMessageRequest, SendMessageResult>(SqsService.Sqs, "SendMessage", SendMessage);
        registry.Add<ReceiveMessageRequest, ReceiveMessageResult>(SqsService.Sqs, "ReceiveMessage", ReceiveMessageAsync);
        registry.Add<DeleteMessageRequest, EmptyResult>(SqsService.Sqs, "DeleteMessage", DeleteMessage);
        registry.Add<ChangeMessageVisibilityRequest, EmptyResult>(SqsService.Sqs, "ChangeMessageVisibility", ChangeMessageVisibility);
    }

    private SendMessageResult SendMessage(SendMessageRequest request, AwsRequestContext context)
    {
        var queue = locator.Resolve(request.QueueUrl, context);
        var (outcome, md5OfAttributes, md5OfSystem) = MessageSender.Send(queue, SendRequest.From(request), context);
        return new SendMessageResult
        {
            MessageId = outcome.MessageId,
            MD5OfMessageBody = outcome.Md5OfBody,
            MD5OfMessageAttributes = md5OfAttributes,
            MD5OfMessageSystemAttributes = md5OfSystem,
            SequenceNumber = outcome.SequenceNumber,
        };
    }

    private async ValueTask<ReceiveMessageResult> ReceiveMessageAsync(ReceiveMessageRequest request, AwsRequestContext context)
    {
        var queue = locator.Resolve(request.QueueUrl, context);
        var settings = queue.Settings;
        var max = request.MaxNumberOfMessages ?? 1;
        if (max is < 1 or > 10)
            throw CommonErrors.InvalidParameterValue(
                $"Value {max} for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.");
        var wait = request.WaitTimeSeconds ?? settings.ReceiveMessageWaitTimeSeconds;
        if (wait is < 0 or > 20)
            throw CommonErrors.InvalidParameterValue(
                $"Value {wait} for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if provided.");
        var visibility = request.VisibilityTimeout ?? settings.VisibilityTimeout;
        CheckVisibility(visibility);
        if (request.ReceiveRequestAttemptId is { Length: > 128 })
            throw CommonErrors.InvalidParameterValue("ReceiveRequestAttemptId can be up to 128 characters long.");

        // A long poll ends early, empty, when the client leaves or the server stops (so that shutdown does not wait for it).
        using var ends = wait > 0 ? CancellationTokenSource.CreateLinkedTokenSource(context.Aborted, context.Stopping) : null;
        var received = await queue.Messages.ReceiveAsync(
            new ReceiveRequest(max, TimeSpan.FromSeconds(visibility), TimeSpan.FromSeconds(wait), queue.IsFifo ? request.ReceiveRequestAttemptId : null),
            ends?.Token ?? context.Aborted).ConfigureAwait(false);
        if (received.Count == 0) return new ReceiveMessageResult();
        var view = new ReceivedMessageView(
            (request.AttributeNames ?? []).Concat(request.MessageSystemAttributeNames ?? []), request.MessageAttributeNames);
        return new ReceiveMessageResult { Messages = received.Select(view.Render).ToList() };
    }

    private EmptyResult DeleteMessage(DeleteMessageRequest request, AwsRequestContext context)
    {
        locator.Resolve(request.QueueUrl, context).Messages.Delete(request.ReceiptHandle!);
        return EmptyResult.Instance;
    }

    private EmptyResult ChangeMessageVisibility(ChangeMessageVisibilityRequest request, AwsRequestContext context)
    {
        var queue = locator.Resolve(request.QueueUrl, context);
        CheckVisibility(request.VisibilityTimeout!.Value);
        queue.Messages.ChangeVisibility(request.ReceiptHandle!, request.VisibilityTimeout.Value);
        return EmptyResult.Instance;
    }

    public static void CheckVisibility(int seconds)
    {
        if (seconds is < 0 or > MaxVisibilityTimeout)
            throw CommonErrors.InvalidParameterValue(
                $"Value {seconds} for parameter VisibilityTimeout is invalid. Reason: Must be between 0 and {MaxVisibilityTimeout}, if provided.");
    }
}
