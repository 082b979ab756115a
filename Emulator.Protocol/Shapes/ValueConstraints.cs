using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Emulator.Protocol.Shapes;

/// <summary>One member's (or one element's) model constraints, ready to check values against.</summary>
public sealed partial class ValueConstraints
{
    private static readonly Dictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    private readonly long _min, _max;
    private readonly string? _pattern;
    private readonly Regex? _regex;
    private readonly string[]? _enum;

    private ValueConstraints(ConstraintAttribute declared)
    {
        NotNull = declared.NotNull;
        _min = declared.Min;
        _max = declared.Max;
        _pattern = declared.Pattern;
        _regex = declared.Pattern is null ? null : Compile(declared.Pattern);
        _enum = declared.Enum;
    }

    public bool NotNull { get; }

    public static ValueConstraints? From(ConstraintAttribute? declared) => declared is null ? null : new ValueConstraints(declared);

    /// <summary>
    /// Whether <paramref name="value"/> keeps every constraint. With <paramref name="broken"/>, the wording of each
    /// constraint it breaks is added there, in the order AWS lists them.
    /// </summary>
    public bool Keeps(object value, List<string>? broken = null)
    {
        var kept = true;
        if (_regex is not null && value is string text && !Matches(_regex, text)) Break("Member must satisfy regular expression pattern: " + _pattern);
        var (measure, size) = Measure(value);
        if (size < _min) Break($"Member must have {measure} greater than or equal to {_min}");
        if (size > _max) Break($"Member must have {measure} less than or equal to {_max}");
        if (_enum is not null && value is string member && Array.IndexOf(_enum, member) < 0)
            Break("Member must satisfy enum value set: [" + string.Join(", ", _enum) + "]");
        return kept;

        void Break(string wording)
        {
            kept = false;
            broken?.Add(wording);
        }
    }

    /// <summary>Every declared constraint, as AWS names an element's constraints when one element breaks them.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (_max != long.MaxValue) parts.Add($"Member must have length less than or equal to {_max}");
        if (_min != long.MinValue) parts.Add($"Member must have length greater than or equal to {_min}");
        if (_pattern is not null) parts.Add("Member must satisfy regular expression pattern: " + _pattern);
        if (_enum is not null) parts.Add("Member must satisfy enum value set: [" + string.Join(", ", _enum) + "]");
        return "[" + string.Join(", ", parts) + "]";
    }

    private static (string Measure, long Size) Measure(object value) => value switch
    {
        string text => ("length", text.Length),
        byte[] bytes => ("length", bytes.Length),
        ReadOnlyMemory<byte> bytes => ("length", bytes.Length),
        ICollection items => ("length", items.Count),
        int number => ("value", number),
        long number => ("value", number),
        _ => ("value", 0),
    };

    /// <summary>
    /// The model's patterns (Java's syntax) must match the whole value. They are run without backtracking, so that no
    /// value can make one expensive, and compiled once per distinct pattern; the few that look around (Firehose's
    /// <c>(?!aws:)</c>), which only a backtracking engine runs, get a time limit instead. Java accepts <c>\_</c> for an
    /// underscore, .NET does not.
    /// </summary>
    private static Regex Compile(string pattern)
    {
        lock (Patterns)
        {
            if (Patterns.TryGetValue(pattern, out var regex)) return regex;
            var anchored = $"^(?:{JavaEscapes().Replace(pattern, "$1_")})\\z";
            try
            {
                regex = new Regex(anchored, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
            }
            catch (NotSupportedException)
            {
                regex = new Regex(anchored, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
            }
            return Patterns[pattern] = regex;
        }
    }

    /// <summary>A value that takes a pattern past its time limit does not satisfy it.</summary>
    private static bool Matches(Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary><c>\_</c> not itself escaped (an even number of backslashes before it).</summary>
    [GeneratedRegex(@"(?<!\\)((?:\\\\)*)\\_")]
    private static partial Regex JavaEscapes();

    /// <summary>A value as AWS quotes it in a validation message.</summary>
    public static string Text(object? value) => value switch
    {
        null => "null",
        string text => text,
        bool flag => flag ? "true" : "false",
        byte[] bytes => Buffer(bytes.Length),
        ReadOnlyMemory<byte> bytes => Buffer(bytes.Length),
        IDictionary map => "{" + string.Join(", ", map.Keys.Cast<object>().Select(key => $"{Text(key)}={Text(map[key])}")) + "}",
        IList items => "[" + string.Join(", ", items.Cast<object?>().Select(Text)) + "]",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => "{...}",
    };

    private static string Buffer(int length) => $"java.nio.HeapByteBuffer[pos=0 lim={length} cap={length}]";
}
