using Emulator.Sqs.Messages;
using Emulator.Sqs.Queues;
using Emulator.Sqs.Validation;

namespace Emulator.Sqs.Operations;

/// <summary>Validates one message for its queue and sends it: the checks SendMessage and every batch entry share.</summary>
public static class MessageSender
{
    private const string ParameterNotForQueueType = "The request include parameter that is not valid for this queue type.";

    public static (SendOutcome Outcome, string? Md5OfAttributes, string? Md5OfSystemAttributes) Send(
        SqsQueue queue, SendRequest request, AwsRequestContext context)
    {
        var outgoing = Validate(queue, request, Sender(context), context.TraceHeader, inBatch: false, out var md5OfSystem);
        return (queue.Messages.Send(outgoing), outgoing.Md5OfAttributes, md5OfSystem);
    }

    /// <summary>Sends another service's message, checked as a caller's.</summary>
    public static void Deliver(SqsQueue queue, DeliveredMessage message) =>
        queue.Messages.Send(Validate(queue, SendRequest.From(message, queue.IsFifo), message.SenderId, null, inBatch: false, out _));

    /// <summary>Checks one message for its queue, for a batch that sends its valid entries together.</summary>
    public static (OutgoingMessage Outgoing, string? Md5OfSystemAttributes) Check(SqsQueue queue, SendRequest request, AwsRequestContext context)
    {
        var outgoing = Validate(queue, request, Sender(context), context.TraceHeader, inBatch: true, out var md5OfSystem);
        return (outgoing, md5OfSystem);
    }

    /// <summary>
    /// On a FIFO queue a batch fails as a whole, before any entry is sent, when an entry lacks its MessageGroupId or
    /// a MessageDeduplicationId the queue needs.
    /// </summary>
    public static void CheckFifoBatch(SqsQueue queue, IEnumerable<SendRequest> entries)
    {
        if (!queue.IsFifo) return;
        foreach (var entry in entries)
        {
            if (entry.GroupId is null) throw CommonErrors.InvalidParameterValue("The request must contain the parameter MessageGroupId.");
            if (entry.DeduplicationId is null && !queue.Settings.ContentBasedDeduplication) throw DeduplicationIdRequired();
        }
    }

    /// <summary>The size a message counts against the queue's and the batch's limits.</summary>
    public static int Size(SendRequest request) =>
        (request.Deferred?.Size ?? 0) + MessageContent.Utf8Size(request.Body?.Length ?? 0, request.Attributes);

    /// <summary>Every message of a sender shares one string instead of a copy per message.</summary>
    private static string Sender(AwsRequestContext context) => SharedStrings.Of(context.AccessKeyId ?? context.AccountId);

    private static OutgoingMessage Validate(SqsQueue queue, SendRequest request, string senderId, string? traceHeader, bool inBatch,
        out string? md5OfSystem)
    {
        var body = request.Deferred is not null ? []
            : request.Body is { Length: > 0 } text ? text.Bytes : throw CommonErrors.MissingParameter("MessageBody");
        if (request.Body is { } checkedText) MessageContent.CheckCharacters(checkedText);
        MessageAttributes.Check(request.Attributes);
        MessageAttributes.CheckSystem(request.SystemAttributes);
        var settings = queue.Settings;
        // AWS words the limit differently for a batch entry.
        if (Size(request) > settings.MaximumMessageSize)
            throw CommonErrors.InvalidParameterValue(
                $"One or more parameters {(inBatch ? "cannot be validated" : "are invalid")}. Reason: Message must be shorter than {settings.MaximumMessageSize} bytes.");
        if (request.DelaySeconds is < 0 or > 900)
            throw CommonErrors.InvalidParameterValue(
                $"Value {request.DelaySeconds} for parameter DelaySeconds is invalid. Reason: DelaySeconds must be >= 0 and <= 900.");
        CheckQueueType(queue, request);

        md5OfSystem = MessageMd5.OfAttributes(request.SystemAttributes);
        return new OutgoingMessage(
            body,
            request.Attributes is { Count: > 0 } ? request.Attributes : null,
            MessageMd5.OfAttributes(request.Attributes),
            // The system attribute wins over the request's X-Ray header, which applies to every message it sends.
            request.SystemAttributes?.GetValueOrDefault(MessageAttributes.TraceHeader)?.StringValue ?? traceHeader,
            senderId,
            // A FIFO queue delays messages only as a whole: a message's DelaySeconds (0 is all it may say) leaves the queue's delay.
            queue.IsFifo ? null : request.DelaySeconds,
            request.GroupId,
            request.DeduplicationId)
        {
            Deferred = request.Deferred,
        };
    }

    private static void CheckQueueType(SqsQueue queue, SendRequest request)
    {
        if (request.GroupId is { } group) CheckFifoId(group, "MessageGroupId");
        if (!queue.IsFifo)
        {
            if (request.DeduplicationId is not null)
                throw CommonErrors.InvalidParameterValue(
                    $"Value {request.DeduplicationId} for parameter MessageDeduplicationId is invalid. Reason: {ParameterNotForQueueType}");
            return;
        }
        if (request.DelaySeconds is > 0)
            throw CommonErrors.InvalidParameterValue(
                $"Value {request.DelaySeconds} for parameter DelaySeconds is invalid. Reason: {ParameterNotForQueueType}");
        if (request.GroupId is null) throw CommonErrors.MissingParameter("MessageGroupId");
        if (request.DeduplicationId is { } dedup) CheckFifoId(dedup, "MessageDeduplicationId");
        else if (!queue.Settings.ContentBasedDeduplication) throw DeduplicationIdRequired();
    }

    private static AwsError DeduplicationIdRequired() =>
        CommonErrors.InvalidParameterValue(
            "The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly");

    /// <summary>Group and deduplication ids: 1 to 128 alphanumeric or punctuation characters.</summary>
    private static void CheckFifoId(string value, string parameter)
    {
        if (!FifoIds.IsValid(value))
            throw CommonErrors.InvalidParameterValue(
                $"Value {value} for parameter {parameter} is invalid. Reason: {parameter} can only include alphanumeric and punctuation characters. 1 to 128 in length.");
    }
}
