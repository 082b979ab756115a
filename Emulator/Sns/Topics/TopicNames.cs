namespace Emulator.Sns.Topics;

/// <summary>
/// Topic names: 1 to 256 letters, digits, hyphens and underscores; a FIFO topic's name ends in <c>.fifo</c> and only
/// a FIFO topic's does. AWS answers every broken rule with the same words.
/// </summary>
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
        if (fifo != IsFifo(name)) throw SnsErrors.InvalidParameter("Topic Name");
    }
}
