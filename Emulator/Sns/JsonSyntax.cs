namespace Emulator.Sns;

/// <summary>
/// How AWS words JSON it cannot parse in a subscription's policies: its parser's (Jackson's) reason for the first
/// mistake, then where it stopped, with the document itself redacted.
/// </summary>
public static class JsonSyntax
{
    private const string ValueTokens = "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')";

    /// <summary>Jackson's default nesting limit (<c>StreamReadConstraints</c>); it also bounds the scanner's recursion.</summary>
    public const int MaxNestingDepth = 1000;

    /// <summary>The first mistake in <paramref name="text"/>, or null when it is one well-formed JSON value.</summary>
    public static string? Error(string text)
    {
        var scanner = new Scanner(text);
        return scanner.Value() ?? (scanner.SkipSpace() < text.Length ? scanner.Unexpected("expected end-of-input") : null);
    }

    private sealed class Scanner(string text)
    {
        private int _at;
        private int _depth;

        public int SkipSpace()
        {
            while (_at < text.Length && text[_at] is ' ' or '\t' or '\r' or '\n') _at++;
            return _at;
        }

        public string? Value()
        {
            if (SkipSpace() >= text.Length) return Located("Unexpected end-of-input: expected a value", _at);
            var c = text[_at];
            if (c == '{') return Composite('}', member: true);
            if (c == '[') return Composite(']', member: false);
            if (c == '"') return String();
            if (c == '-' || char.IsAsciiDigit(c))
            {
                while (_at < text.Length && (char.IsAsciiDigit(text[_at]) || text[_at] is '-' or '+' or '.' or 'e' or 'E')) _at++;
                return null;
            }
            if (!char.IsAsciiLetter(c)) return Unexpected($"expected a valid value {ValueTokens}");
            var start = _at;
            while (_at < text.Length && (char.IsAsciiLetterOrDigit(text[_at]) || text[_at] is '_' or '$')) _at++;
            var word = text[start.._at];
            return word is "true" or "false" or "null" ? null : Located($"Unrecognized token '{word}': was expecting {ValueTokens}", _at);
        }

        private string? Composite(char close, bool member)
        {
            if (++_depth > MaxNestingDepth)
                return Located($"Document nesting depth ({_depth}) exceeds the maximum allowed ({MaxNestingDepth}, from `StreamReadConstraints.getMaxNestingDepth()`)", _at + 1);
            _at++;
            if (SkipSpace() < text.Length && text[_at] == close)
            {
                _at++;
                _depth--;
                return null;
            }
            while (true)
            {
                if (member)
                {
                    if (SkipSpace() >= text.Length || text[_at] != '"') return Unexpected("was expecting double-quote to start field name");
                    if (String() is { } badName) return badName;
                    if (SkipSpace() >= text.Length || text[_at] != ':') return Unexpected("was expecting a colon to separate field name and value");
                    _at++;
                }
                if (Value() is { } badValue) return badValue;
                if (SkipSpace() < text.Length && text[_at] == ',')
                {
                    _at++;
                    continue;
                }
                if (_at < text.Length && text[_at] == close)
                {
                    _at++;
                    _depth--;
                    return null;
                }
                return Unexpected($"was expecting comma to separate {(member ? "Object" : "Array")} entries");
            }
        }

        private string? String()
        {
            for (_at++; _at < text.Length; _at++)
            {
                if (text[_at] == '\\') _at++;
                else if (text[_at] == '"')
                {
                    _at++;
                    return null;
                }
            }
            return Located("Unexpected end-of-input in VALUE_STRING", _at);
        }

        /// <summary>Jackson's words for the character it stopped at, located at that character.</summary>
        public string Unexpected(string expectation) => _at >= text.Length
            ? Located($"Unexpected end-of-input: {expectation}", _at)
            : Located($"Unexpected character ('{text[_at]}' (code {(int)text[_at]})): {expectation}", _at);

        /// <summary>Jackson's location: the line and 1-based column of the character at <paramref name="offset"/>.</summary>
        private string Located(string reason, int offset)
        {
            var before = text[..Math.Min(offset, text.Length)];
            var line = before.Count(ch => ch == '\n') + 1;
            var column = offset - (before.LastIndexOf('\n') + 1) + 1;
            return $"{reason}\n at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: {line}, column: {column}]";
        }
    }
}
