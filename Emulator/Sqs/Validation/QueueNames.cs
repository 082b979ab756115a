namespace Emulator.Sqs.Validation;

/// <summary>Queue names: 1 to 80 alphanumerics, hyphens and underscores; FIFO queues end in <c>.fifo</c>, counted in the 80.</summary>
public static class QueueNames
{
    public const string FifoSuffix = ".fifo";

    public static bool IsFifoName(string name) => name.EndsWith(FifoSuffix, StringComparison.Ordinal);

    public static void Check(string name)
    {
        var stem = IsFifoName(name) ? name[..^FifoSuffix.Length] : name;
        if (name.Length > 80 || stem.Length == 0 || !stem.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            throw CommonErrors.InvalidParameterValue(
                "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length");
    }
}
