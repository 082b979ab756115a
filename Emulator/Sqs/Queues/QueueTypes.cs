using Emulator.Sqs.Validation;

namespace Emulator.Sqs.Queues;

/// <summary>
/// The type CreateQueue gives a queue, and the name rules of each type. A queue is FIFO when it asks for
/// <c>FifoQueue=true</c>, and then its name must end in <c>.fifo</c>; otherwise it is standard, its name must not end
/// in <c>.fifo</c>, and to it <c>FifoQueue</c> is an unknown attribute, whatever its value.
/// </summary>
public static class QueueTypes
{
    private const string StandardNameRule = "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length";

    private const string FifoNameRule =
        "The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length.";

    public static bool IsFifo(IReadOnlyDictionary<string, string> attributes) =>
        attributes.TryGetValue(QueueAttributeNames.FifoQueue, out var flag)
        && string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase);

    public static void CheckName(string name, bool isFifo)
    {
        if (isFifo != QueueNames.IsFifoName(name)) throw CommonErrors.InvalidParameterValue(isFifo ? FifoNameRule : StandardNameRule);
        try
        {
            QueueNames.Check(name);
        }
        catch (AwsError) when (isFifo)
        {
            throw CommonErrors.InvalidParameterValue(FifoNameRule);
        }
    }
}
