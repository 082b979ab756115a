using System.Text;

namespace Emulator.Protocol.Query;

/// <summary>Appends text to XML with the escapes AWS uses; carriage returns are kept as <c>&amp;#xD;</c>.</summary>
public static class XmlText
{
    public static void Append(StringBuilder builder, string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var escape = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&apos;",
                '\r' => "&#xD;",
                _ => null,
            };
            if (escape is null) continue;
            builder.Append(text, start, i - start).Append(escape);
            start = i + 1;
        }
        builder.Append(text, start, text.Length - start);
    }
}
