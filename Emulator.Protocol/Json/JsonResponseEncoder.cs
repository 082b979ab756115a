using System.Buffers;
using System.Collections;
using Emulator.Protocol.Errors;
using Emulator.Protocol.Shapes;
using Newtonsoft.Json;

namespace Emulator.Protocol.Json;

/// <summary>Writes AWS JSON 1.0/1.1 results and errors with a streaming writer.</summary>
public static class JsonResponseEncoder
{
    // What Newtonsoft's writer escapes by default: control characters, the quote, the backslash and three line breaks.
    private static readonly SearchValues<char> Escaped = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(c => (char)c), '"', '\\', '\u0085', '\u2028', '\u2029']);

    public static void WriteResult(PooledUtf8Writer output, ShapeInfo shape, object result)
    {
        using var writer = new JsonTextWriter(output) { CloseOutput = false, Formatting = Formatting.None, ArrayPool = SharedCharPool.Instance };
        WriteStructure(writer, output, shape, result);
    }

    public static void WriteError(TextWriter output, string type, AwsError error)
    {
        using var writer = new JsonTextWriter(output) { CloseOutput = false };
        writer.WriteStartObject();
        writer.WritePropertyName("__type");
        writer.WriteValue(type);
        writer.WritePropertyName("message");
        writer.WriteValue(error.Message);
        writer.WriteEndObject();
    }

    private static void WriteStructure(JsonTextWriter writer, PooledUtf8Writer output, ShapeInfo shape, object instance)
    {
        writer.WriteStartObject();
        foreach (var member in shape.Members)
        {
            var value = member.Get(instance);
            if (value is null) continue;
            writer.WritePropertyName(member.Name, escape: false);
            WriteValue(writer, output, member.Kind, member, value);
        }
        writer.WriteEndObject();
    }

    private static void WriteValue(JsonTextWriter writer, PooledUtf8Writer output, MemberKind kind, ShapeMember member, object value)
    {
        switch (kind)
        {
            case MemberKind.Structure:
                WriteStructure(writer, output, member.Shape!, value);
                break;
            case MemberKind.List:
                writer.WriteStartArray();
                foreach (var item in (IList)value) WriteValue(writer, output, member.ElementKind, member, item);
                writer.WriteEndArray();
                break;
            case MemberKind.Map:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in (IDictionary)value)
                {
                    writer.WritePropertyName((string)entry.Key);
                    WriteValue(writer, output, member.ElementKind, member, entry.Value!);
                }
                writer.WriteEndObject();
                break;
            case MemberKind.String: WriteString(writer, output, (string)value); break;
            case MemberKind.Int32: writer.WriteValue((int)value); break;
            case MemberKind.Int64: writer.WriteValue((long)value); break;
            case MemberKind.Double: writer.WriteValue((double)value); break;
            case MemberKind.Boolean: writer.WriteValue((bool)value); break;
            case MemberKind.Blob:
                // The writer places the separator as for any value, then the text goes straight into the output.
                writer.WriteRawValue(null);
                output.WriteQuotedBase64(BlobValue.Span(value));
                break;
            case MemberKind.Timestamp:
                writer.WriteRawValue(null);
                output.WriteEpochSeconds(((DateTimeOffset)value).ToUnixTimeMilliseconds());
                break;
        }
    }

    /// <summary>
    /// Writes a string as Newtonsoft would; one that needs no escaping (sequence numbers, ids, most message bodies) is
    /// checked with a vectorized search and copied as it is, instead of being scanned one character at a time.
    /// </summary>
    private static void WriteString(JsonTextWriter writer, PooledUtf8Writer output, string value)
    {
        if (value.AsSpan().ContainsAny(Escaped))
        {
            writer.WriteValue(value);
            return;
        }
        writer.WriteRawValue(null);
        output.Write('"');
        output.Write(value);
        output.Write('"');
    }
}
