namespace Emulator.Hosting.Limits;

/// <summary>A size as people write it on a command line: <c>512MB</c>, <c>2 GiB</c>, <c>1048576</c> (bytes).</summary>
public static class ByteSize
{
    private static readonly (string Suffix, long Factor)[] Units =
    [
        ("KIB", 1L << 10), ("MIB", 1L << 20), ("GIB", 1L << 30), ("TIB", 1L << 40),
        ("KB", 1L << 10), ("MB", 1L << 20), ("GB", 1L << 30), ("TB", 1L << 40),
        ("K", 1L << 10), ("M", 1L << 20), ("G", 1L << 30), ("T", 1L << 40), ("B", 1),
    ];

    /// <param name="setting">The flag's name, for the error message.</param>
    public static long Parse(string text, string setting)
    {
        var trimmed = text.Trim().ToUpperInvariant();
        var factor = 1L;
        foreach (var (suffix, unit) in Units)
        {
            if (!trimmed.EndsWith(suffix, StringComparison.Ordinal)) continue;
            trimmed = trimmed[..^suffix.Length].TrimEnd();
            factor = unit;
            break;
        }
        if (double.TryParse(trimmed, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number)
            && number > 0 && number * factor < long.MaxValue)
            return (long)(number * factor);
        throw new ArgumentException($"--{setting} must be a size such as 512MB or 2GB, not '{text}'.");
    }

    public static string Describe(long bytes) => bytes >= 1L << 30 && bytes % (1L << 30) == 0 ? $"{bytes >> 30} GB"
        : bytes >= 1L << 20 ? $"{bytes / (double)(1L << 20):0.#} MB"
        : $"{bytes} bytes";
}
