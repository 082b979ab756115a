using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Emulator.Sns.Filtering;

/// <summary>
/// Where AWS's parser (Jackson) stands when it rejects part of a policy. AWS re-writes a policy without spaces before
/// parsing it, and its errors quote that text with the column the parser reached: past a number, <c>true</c>,
/// <c>false</c>, <c>null</c> or closing bracket it has read, or just inside a string or bracket it has only begun.
/// </summary>
internal static class PolicyLocations
{
    /// <summary>Jackson quotes at most this many characters of the source.</summary>
    private const int MaxQuoted = 500;

    private sealed record Source(string Text);

    private sealed record Span(int Start, int End);

    /// <summary>Writes the policy as AWS re-writes it and notes on each token where it lies in that text.</summary>
    public static void Annotate(JToken root)
    {
        var text = new StringBuilder();
        Write(root, text);
        root.AddAnnotation(new Source(text.ToString()));
    }

    /// <summary>The location once the parser has met <paramref name="token"/>: past it if it is a scalar other than a string, else just inside it.</summary>
    public static string At(JToken token) =>
        token is JValue { Type: not JTokenType.String } ? After(token) : Located(token, span => span.Start + 1);

    /// <summary>The location once the parser has read all of <paramref name="token"/>.</summary>
    public static string After(JToken token) => Located(token, span => span.End);

    private static string Located(JToken token, Func<Span, int> offset)
    {
        if (token.Annotation<Span>() is not { } span || token.Root.Annotation<Source>() is not { } source) return "";
        var quoted = source.Text.Length <= MaxQuoted
            ? $"\"{source.Text}\""
            : $"\"{source.Text[..MaxQuoted]}\"[truncated {source.Text.Length - MaxQuoted} chars]";
        return $"\n at [Source: (String){quoted}; line: 1, column: {offset(span) + 1}]";
    }

    private static void Write(JToken token, StringBuilder text)
    {
        var start = text.Length;
        switch (token)
        {
            case JObject json:
                text.Append('{');
                foreach (var property in json.Properties())
                {
                    if (text[^1] != '{') text.Append(',');
                    text.Append(JsonConvert.ToString(property.Name)).Append(':');
                    Write(property.Value, text);
                }
                text.Append('}');
                break;
            case JArray array:
                text.Append('[');
                foreach (var item in array)
                {
                    if (text[^1] != '[') text.Append(',');
                    Write(item, text);
                }
                text.Append(']');
                break;
            case JValue { Type: JTokenType.String } value:
                text.Append(JsonConvert.ToString((string)value!));
                break;
            case JValue { Type: JTokenType.Integer or JTokenType.Float } number:
                text.Append(PolicyTokens.NumberText(number));
                break;
            default:
                text.Append(token.ToString(Formatting.None));
                break;
        }
        token.AddAnnotation(new Span(start, text.Length));
    }
}
