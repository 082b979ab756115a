using System.Buffers;
using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using Emulator.Protocol.Errors;
using Emulator.Protocol.Shapes;

namespace Emulator.Protocol.Json;

/// <summary>Writes AWS JSON 1.0/1.1 results and errors as UTF-8 with <see cref="Utf8JsonWriter"/>.</summary>
public static class JsonResponseEncoder
{
    // AWS writes text as it is, escaping only what JSON requires; the relaxed encoder is the framework's closest
    // (it also escapes characters beyond the Basic Multilingual Plane as surrogate pairs, which every parser reads back).
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    [ThreadStatic] private static Utf8JsonWriter? _cached;

    public static void WriteResult(IBufferWriter<byte> output, ShapeInfo shape, object result)
    {
        var writer = Rent(output);
        WriteStructure(writer, shape, result);
        Return(writer);
    }

    public static void WriteError(IBufferWriter<byte> output, string type, AwsError error)
    {
        var writer = Rent(output);
        writer.WriteStartObject();
        writer.WriteString("__type"u8, type);
        writer.WriteString("message"u8, error.Message);
        writer.WriteEndObject();
        Return(writer);
    }

    private static Utf8JsonWriter Rent(IBufferWriter<byte> output)
    {
        var writer = _cached;
        _cached = null;
        if (writer is null) return new Utf8JsonWriter(output, Options);
        writer.Reset(output);
        return writer;
    }

    private static void Return(Utf8JsonWriter writer)
    {
        writer.Flush();
        writer.Reset();
        _cached = writer;
    }

    private static void WriteStructure(Utf8JsonWriter writer, ShapeInfo shape, object instance)
    {
        writer.WriteStartObject();
        foreach (var member in shape.Members)
        {
            var value = member.Get(instance);
            if (value is null) continue;
            writer.WritePropertyName(member.Utf8Name);
            WriteValue(writer, member.Kind, member, value);
        }
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, MemberKind kind, ShapeMember member, object value)
    {
        switch (kind)
        {
            case MemberKind.Structure:
                WriteStructure(writer, member.Shape!, value);
                break;
            case MemberKind.List:
                writer.WriteStartArray();
                foreach (var item in (IList)value) WriteValue(writer, member.ElementKind, member, item);
                writer.WriteEndArray();
                break;
            case MemberKind.Map:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in (IDictionary)value)
                {
                    writer.WritePropertyName((string)entry.Key);
                    WriteValue(writer, member.ElementKind, member, entry.Value!);
                }
                writer.WriteEndObject();
                break;
            case MemberKind.String: writer.WriteStringValue((string)value); break;
            case MemberKind.Utf8Text: writer.WriteStringValue(((Utf8Text)value).Bytes); break;
            case MemberKind.Int32: writer.WriteNumberValue((int)value); break;
            case MemberKind.Int64: writer.WriteNumberValue((long)value); break;
            case MemberKind.Double: writer.WriteNumberValue((double)value); break;
            case MemberKind.Boolean: writer.WriteBooleanValue((bool)value); break;
            case MemberKind.Blob: writer.WriteBase64StringValue(BlobValue.Span(value)); break;
            case MemberKind.Timestamp: WriteEpochSeconds(writer, ((DateTimeOffset)value).ToUnixTimeMilliseconds()); break;
        }
    }

    private static void WriteEpochSeconds(Utf8JsonWriter writer, long unixMilliseconds)
    {
        Span<byte> text = stackalloc byte[EpochSeconds.MaxLength];
        writer.WriteRawValue(text[..EpochSeconds.Format(unixMilliseconds, text)], skipInputValidation: true);
    }
}
