using System.Collections.Concurrent;

namespace Emulator.Common;

/// <summary>
/// One instance of each of a few strings that many objects hold (a sender id on every message), without
/// <see cref="string.Intern"/>'s process-wide table, which is slow to look up and never forgets.
/// </summary>
public static class SharedStrings
{
    private static readonly ConcurrentDictionary<string, string> Known = new(StringComparer.Ordinal);

    public static string Of(string value) => Known.Count < 10_000 ? Known.GetOrAdd(value, value) : value;
}
