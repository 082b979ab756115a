using System.Text;
using Emulator.Protocol.Shapes;
using Emulator.Sqs.Shapes;

namespace Emulator.Sqs.Validation;

/// <summary>What SQS accepts in a message body and string attribute values, and how it counts their size.</summary>
public static class MessageContent
{
    public const string AllowedCharacters = "#x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF";

    /// <summary>Throws InvalidMessageContents at the first character outside the XML character set SQS allows.</summary>
    public static void CheckCharacters(string text)
    {
        // Vectorised fast path: most text lies wholly in #x20-#xD7FF.
        var first = text.AsSpan().IndexOfAnyExceptInRange('\x20', '\uD7FF');
        if (first < 0) return;
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\t' or '\n' or '\r' || c is >= '\x20' and <= '\uD7FF' || c is >= '\uE000' and <= '\uFFFD') continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            throw InvalidCharacter(c);
        }
    }

    /// <summary>The same check on text kept as UTF-8 (a message body), one code point at a time past the ASCII fast path.</summary>
    public static void CheckCharacters(Utf8Text text)
    {
        var bytes = text.Bytes.AsSpan();
        var at = bytes.IndexOfAnyExceptInRange((byte)0x20, (byte)0x7F);
        while (at >= 0)
        {
            Rune.DecodeFromUtf8(bytes[at..], out var rune, out var consumed);
            var value = rune.Value;
            if (value is not (0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or >= 0x10000))
                throw InvalidCharacter(value);
            at += consumed;
            var next = bytes[at..].IndexOfAnyExceptInRange((byte)0x20, (byte)0x7F);
            at = next < 0 ? -1 : at + next;
        }
    }

    private static AwsError InvalidCharacter(int codePoint) => new("InvalidMessageContents",
        $"Invalid binary character '#x{codePoint:X}' was found in the message body, the set of allowed characters is {AllowedCharacters}");

    /// <summary>The size SQS counts against MaximumMessageSize: the body and every attribute's name, type and value.</summary>
    public static int Utf8Size(int bodyBytes, IReadOnlyDictionary<string, MessageAttributeValue>? attributes)
    {
        var size = bodyBytes;
        if (attributes is null) return size;
        foreach (var (name, value) in attributes)
        {
            size += Encoding.UTF8.GetByteCount(name) + Encoding.UTF8.GetByteCount(value.DataType ?? "");
            size += value.BinaryValue?.Length ?? Encoding.UTF8.GetByteCount(value.StringValue ?? "");
        }
        return size;
    }
}
