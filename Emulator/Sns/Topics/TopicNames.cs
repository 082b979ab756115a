namespace Emulator.Sns.Topics;

/// <summary>Topic names: 1 to 256 letters, digits, hyphens and underscores; a FIFO topic's name ends in <c>.fifo</c>.</summary>
public static class TopicNames
{
    public const string FifoSuffix = ".fifo";

    public static bool IsFifo(string name) => name.EndsWith(FifoSuffix, StringComparison.Ordinal);

    public static void Check(string? name, bool fifo)
    {
        if (string.IsNullOrEmpty(name)) throw SnsErrors.InvalidParameter("Topic Name");
        var stem = IsFifo(name) ? name[..^FifoSuffix.Length] : name;
        if (name.Length > 256 || stem.Length == 0 || !stem.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            throw SnsErrors.InvalidParameter("Topic Name");
        if (fifo != IsFifo(name))
            throw SnsErrors.InvalidParameter(fifo
                ? "Fifo Topic names must end with .fifo and must be made up of only uppercase and lowercase ASCII letters, numbers, underscores, and hyphens, and must be between 1 and 256 characters long."
                : "Topic Name");
    }
}
