using Emulator.Sqs.Operations;
using Emulator.Sqs.Queues;

namespace Emulator.Sqs;

/// <summary>
/// SQS's front door for other services (SNS today, Firehose and others later): delivers one message into a queue named
/// by its ARN, with the checks and errors SendMessage applies to a caller's message, and in strict mode only where the
/// queue's policy allows the sending service.
/// </summary>
public sealed class QueueDelivery(SqsStore store, QueueAccess access, DeferredBodyWriter deferredBodies)
{
    /// <summary>Null when the queue took the message; otherwise the error SQS answers, as a sender would see it.</summary>
    public AwsError? Deliver(string queueArn, DeliveredMessage message, ServiceCaller sender)
    {
        if (store.FindByArn(queueArn) is not { } queue) return SqsErrors.QueueDoesNotExist();
        if (!access.AllowsSend(queue, sender)) return SqsErrors.AccessDenied(queueArn);
        try
        {
            MessageSender.Deliver(queue, message);
            if (message.Body.Deferred is { } deferred) deferredBodies.Schedule(deferred);
            return null;
        }
        catch (AwsError refused)
        {
            return refused;
        }
    }
}
