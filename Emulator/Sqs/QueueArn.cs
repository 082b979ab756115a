using Emulator.Sqs.Queues;

namespace Emulator.Sqs;

/// <summary>A queue's ARN, <c>arn:aws:sqs:region:account:name</c>: who owns it, where it lives and its type.</summary>
public readonly record struct QueueArn(string Region, string AccountId, string Name)
{
    public bool IsFifo => Name.EndsWith(".fifo", StringComparison.Ordinal);

    public override string ToString() => $"arn:aws:sqs:{Region}:{AccountId}:{Name}";

    public static QueueArn Of(SqsQueue queue) => new(queue.Region, queue.AccountId, queue.Name);

    /// <summary>Reads an SQS ARN of any partition; false for other services and for text that is not an ARN.</summary>
    public static bool TryParse(string text, out QueueArn arn)
    {
        var parts = text.Split(':');
        if (parts is ["arn", { Length: > 0 }, "sqs", { Length: > 0 } region, { Length: > 0 } account, { Length: > 0 } name])
        {
            arn = new QueueArn(region, account, name);
            return true;
        }
        arn = default;
        return false;
    }
}
