using System.Text;
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
            throw new AwsError("InvalidMessageContents",
                $"Invalid binary character '#x{(int)c:X}' was found in the message body, the set of allowed characters is {AllowedCharacters}");
        }
    }

    /// <summary>The size SQS counts against MaximumMessageSize: the body and every attribute's name, type and value.</summary>
    public static int Utf8Size(string body, IReadOnlyDictionary<string, MessageAttributeValue>? attributes)
    {
        var size = Encoding.UTF8.GetByteCount(body);
        if (attributes is null) return size;
        foreach (var (name, value) in attributes)
        {
            size += Encoding.UTF8.GetByteCount(name) + Encoding.UTF8.GetByteCount(value.DataType ?? "");
            size += value.BinaryValue?.Length ?? Encoding.UTF8.GetByteCount(value.StringValue ?? "");
        }
        return size;
    }
}
