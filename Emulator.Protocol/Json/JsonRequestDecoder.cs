using System.Buffers;
using System.Buffers.Text;
using System.Collections;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Emulator.Protocol.Errors;
using Emulator.Protocol.Shapes;

namespace Emulator.Protocol.Json;

/// <summary>
/// Reads an AWS JSON 1.0/1.1 body into a typed request straight from its UTF-8 bytes: member names are matched as bytes,
/// numbers parsed in place and base64 blobs decoded from the body into their arrays, without a UTF-16 copy of the body.
/// </summary>
public static class JsonRequestDecoder
{
    private static readonly double MinMillis = DateTimeOffset.MinValue.ToUnixTimeMilliseconds();
    private static readonly double MaxMillis = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 64 };

    public static object Decode(ShapeInfo shape, ReadOnlySpan<byte> utf8)
    {
        object request;
        try
        {
            var reader = new Utf8JsonReader(utf8, Options);
            if (utf8.Trim(" \t\r\n"u8).IsEmpty) request = shape.Create();
            else
            {
                reader.Read();
                request = reader.TokenType == JsonTokenType.Null ? shape.Create() : ReadStructure(shape, ref reader);
                if (reader.Read()) throw Malformed("Unexpected content after the end of the JSON object.");
            }
        }
        catch (JsonException e)
        {
            throw Malformed(e.Message);
        }
        // Strings holding bytes that are not UTF-8.
        catch (InvalidOperationException e)
        {
            throw Malformed(e.Message);
        }
        RequiredMembers.Check(shape, request);
        return request;
    }

    private static object ReadStructure(ShapeInfo shape, ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject, "Start of structure");
        var instance = shape.Create();
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            var member = Find(shape, ref reader);
            Next(ref reader);
            if (member is null)
            {
                reader.Skip();
                continue;
            }
            if (reader.TokenType == JsonTokenType.Null) continue;
            member.Set(instance, ReadValue(member.Kind, member, ref reader));
        }
        return instance;
    }

    private static ShapeMember? Find(ShapeInfo shape, ref Utf8JsonReader reader)
    {
        foreach (var member in shape.Members)
            if (reader.ValueTextEquals(member.Utf8Name)) return member;
        return null;
    }

    private static object ReadValue(MemberKind kind, ShapeMember member, ref Utf8JsonReader reader) => kind switch
    {
        MemberKind.Structure => ReadStructure(member.Shape!, ref reader),
        MemberKind.List => ReadList(member, ref reader),
        MemberKind.Map => ReadMap(member, ref reader),
        _ => ReadScalar(kind, member.Name, ref reader),
    };

    private static IList ReadList(ShapeMember member, ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray, "Start of list");
        var list = member.NewList!();
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.Null) continue;
            list.Add(ReadValue(member.ElementKind, member, ref reader));
        }
        return list;
    }

    private static IDictionary ReadMap(ShapeMember member, ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject, "Start of map");
        var map = member.NewMap!();
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.Null) continue;
            map[key] = ReadValue(member.ElementKind, member, ref reader);
        }
        return map;
    }

    private static object ReadScalar(MemberKind kind, string name, ref Utf8JsonReader reader)
    {
        var token = reader.TokenType;
        switch (kind)
        {
            case MemberKind.String when token == JsonTokenType.String:
                return reader.GetString()!;
            case MemberKind.Utf8Text when token == JsonTokenType.String:
                return Text(ref reader);
            case MemberKind.Int32 when token == JsonTokenType.Number && IsInteger(ref reader):
                return reader.TryGetInt32(out var int32) ? int32 : throw OutOfRange(name, ref reader, kind);
            case MemberKind.Int64 when token == JsonTokenType.Number && IsInteger(ref reader):
                return reader.TryGetInt64(out var int64) ? int64 : throw OutOfRange(name, ref reader, kind);
            case MemberKind.Double when token == JsonTokenType.Number:
                return reader.GetDouble();
            case MemberKind.Boolean when token is JsonTokenType.True or JsonTokenType.False:
                return token == JsonTokenType.True;
            case MemberKind.Blob when token == JsonTokenType.String:
                return Blob(name, ref reader);
            case MemberKind.Timestamp when token == JsonTokenType.Number:
                var millis = Math.Round(reader.GetDouble() * 1000);
                return millis >= MinMillis && millis <= MaxMillis
                    ? DateTimeOffset.FromUnixTimeMilliseconds((long)millis)
                    : throw OutOfRange(name, ref reader, kind);
            default:
                throw Malformed($"Unexpected {Describe(ref reader)} for member {name}, expected {kind}.");
        }
    }

    /// <summary>Text copied from the body's bytes as they are; text with escapes is unescaped the framework's way.</summary>
    private static Utf8Text Text(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped) return Utf8Text.From(reader.GetString()!);
        var text = reader.ValueSpan;
        return Utf8.IsValid(text) ? Utf8Text.OfValidUtf8(text.ToArray()) : throw Malformed("A string holds bytes that are not UTF-8.");
    }

    /// <summary>Base64 decoded from the body's bytes into an array of the exact size; text with escapes or whitespace goes the framework's way.</summary>
    private static byte[] Blob(string name, ref Utf8JsonReader reader)
    {
        var text = reader.ValueSpan;
        if (!reader.ValueIsEscaped && text.Length % 4 == 0)
        {
            if (text.IsEmpty) return [];
            var padding = text[^1] != '=' ? 0 : text[^2] == '=' ? 2 : 1;
            var bytes = GC.AllocateUninitializedArray<byte>(text.Length / 4 * 3 - padding);
            if (Base64.DecodeFromUtf8(text, bytes, out _, out var written) == OperationStatus.Done && written == bytes.Length) return bytes;
        }
        try
        {
            return Base64Text.Decode(reader.GetString()!);
        }
        catch (FormatException)
        {
            throw Malformed($"Member {name} is not valid base64.");
        }
    }

    /// <summary>Whether a number token is written as an integer (no fraction or exponent), as integer members need.</summary>
    private static bool IsInteger(ref Utf8JsonReader reader) => reader.ValueSpan.IndexOfAny(".eE"u8) < 0;

    private static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number => IsInteger(ref reader) ? "Integer" : "Float",
        JsonTokenType.True or JsonTokenType.False => "Boolean",
        var other => other.ToString(),
    };

    private static JsonTokenType Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read()) throw Malformed("Unexpected end of JSON input.");
        return reader.TokenType;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType token, string what)
    {
        if (reader.TokenType != token) throw Malformed($"{what} expected, found {Describe(ref reader)}.");
    }

    private static AwsError Malformed(string message) => CommonErrors.SerializationError(message);

    private static AwsError OutOfRange(string member, ref Utf8JsonReader reader, MemberKind kind) =>
        Malformed($"The number {Encoding.UTF8.GetString(reader.ValueSpan)} for member {member} is out of range for {kind}.");
}
