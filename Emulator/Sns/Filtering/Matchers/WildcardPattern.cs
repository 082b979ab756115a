using System.Text;

namespace Emulator.Sns.Filtering.Matchers;

/// <summary>
/// A <c>wildcard</c> pattern: <c>*</c> stands for any run of characters, <c>\*</c> and <c>\\</c> for the characters
/// themselves. AWS rejects two wildcards in a row and any other escape, naming the UTF-8 byte position.
/// </summary>
internal sealed class WildcardPattern
{
    private readonly IReadOnlyList<string> _literals;

    private WildcardPattern(IReadOnlyList<string> literals) => _literals = literals;

    public static WildcardPattern Parse(string pattern)
    {
        // '*' and '\' are ASCII, so they never occur inside a multi-byte UTF-8 sequence.
        var bytes = Encoding.UTF8.GetBytes(pattern);
        var literals = new List<string>();
        var current = new List<byte>();
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b == '*')
            {
                if (i + 1 < bytes.Length && bytes[i + 1] == '*')
                    throw FilterPolicyErrors.Invalid($"Consecutive wildcard characters at pos {i}");
                literals.Add(Encoding.UTF8.GetString(current.ToArray()));
                current.Clear();
            }
            else if (b == '\\')
            {
                if (i + 1 < bytes.Length && bytes[i + 1] is (byte)'*' or (byte)'\\')
                {
                    current.Add(bytes[++i]);
                    continue;
                }
                throw FilterPolicyErrors.Invalid($"Invalid escape character at pos {i}");
            }
            else
            {
                current.Add(b);
            }
        }
        literals.Add(Encoding.UTF8.GetString(current.ToArray()));
        return new WildcardPattern(literals);
    }

    public bool Matches(string text)
    {
        if (_literals.Count == 1) return text == _literals[0];
        var first = _literals[0];
        var last = _literals[^1];
        if (text.Length < first.Length + last.Length
            || !text.StartsWith(first, StringComparison.Ordinal)
            || !text.EndsWith(last, StringComparison.Ordinal)) return false;

        // Between the fixed ends, taking each middle literal at its earliest place leaves the most room for the rest.
        var position = first.Length;
        var end = text.Length - last.Length;
        for (var i = 1; i < _literals.Count - 1; i++)
        {
            var found = text.IndexOf(_literals[i], position, end - position, StringComparison.Ordinal);
            if (found < 0) return false;
            position = found + _literals[i].Length;
        }
        return true;
    }
}
