using System.Collections;
using System.Globalization;
using System.Numerics;
using Emulator.Protocol.Errors;
using Emulator.Protocol.Shapes;
using Newtonsoft.Json;

namespace Emulator.Protocol.Json;

/// <summary>Reads an AWS JSON 1.0/1.1 body into a typed request with a streaming reader.</summary>
public static class JsonRequestDecoder
{
    private static readonly double MinMillis = DateTimeOffset.MinValue.ToUnixTimeMilliseconds();
    private static readonly double MaxMillis = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

    public static object Decode(ShapeInfo shape, TextReader body)
    {
        using var reader = new JsonTextReader(body)
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Double,
            MaxDepth = 64,
            ArrayPool = body is Utf8TextReader utf8 ? new DocumentCharPool(utf8.MaxChars) : SharedCharPool.Instance,
            PropertyNameTable = MemberNameTable.Instance,
        };
        MemberNameTable.Instance.Include(shape);
        object request;
        try
        {
            if (!reader.Read()) request = shape.Create();
            else if (reader.TokenType == JsonToken.Null) request = shape.Create();
            else request = ReadStructure(shape, reader);
            if (reader.Read()) throw Malformed("Unexpected content after the end of the JSON object.");
        }
        catch (JsonException e)
        {
            throw Malformed(e.Message);
        }
        RequiredMembers.Check(shape, request);
        return request;
    }

    private static object ReadStructure(ShapeInfo shape, JsonTextReader reader)
    {
        Expect(reader, JsonToken.StartObject, "Start of structure");
        var instance = shape.Create();
        while (Next(reader) == JsonToken.PropertyName)
        {
            var name = (string)reader.Value!;
            if (!shape.ByName.TryGetValue(name, out var member))
            {
                Next(reader);
                reader.Skip();
                continue;
            }
            Next(reader);
            if (reader.TokenType == JsonToken.Null) continue;
            member.Set(instance, ReadValue(member.Kind, member, reader));
        }
        return instance;
    }

    private static object ReadValue(MemberKind kind, ShapeMember member, JsonTextReader reader) => kind switch
    {
        MemberKind.Structure => ReadStructure(member.Shape!, reader),
        MemberKind.List => ReadList(member, reader),
        MemberKind.Map => ReadMap(member, reader),
        _ => ReadScalar(kind, member.Name, reader),
    };

    private static IList ReadList(ShapeMember member, JsonTextReader reader)
    {
        Expect(reader, JsonToken.StartArray, "Start of list");
        var list = member.NewList!();
        while (Next(reader) != JsonToken.EndArray)
        {
            if (reader.TokenType == JsonToken.Null) continue;
            list.Add(ReadValue(member.ElementKind, member, reader));
        }
        return list;
    }

    private static IDictionary ReadMap(ShapeMember member, JsonTextReader reader)
    {
        Expect(reader, JsonToken.StartObject, "Start of map");
        var map = member.NewMap!();
        while (Next(reader) == JsonToken.PropertyName)
        {
            var key = (string)reader.Value!;
            Next(reader);
            if (reader.TokenType == JsonToken.Null) continue;
            map[key] = ReadValue(member.ElementKind, member, reader);
        }
        return map;
    }

    private static object ReadScalar(MemberKind kind, string name, JsonTextReader reader)
    {
        var token = reader.TokenType;
        var value = reader.Value;
        switch (kind)
        {
            case MemberKind.String when token == JsonToken.String:
                return value!;
            // Integers past 64 bits arrive as BigInteger.
            case MemberKind.Int32 when token == JsonToken.Integer:
                return value is long and >= int.MinValue and <= int.MaxValue ? (int)(long)value : throw OutOfRange(name, value, kind);
            case MemberKind.Int64 when token == JsonToken.Integer:
                return value as long? ?? throw OutOfRange(name, value, kind);
            case MemberKind.Double when token is JsonToken.Integer or JsonToken.Float:
                return Number(value!);
            case MemberKind.Boolean when token == JsonToken.Boolean:
                return value!;
            case MemberKind.Blob when token == JsonToken.String:
                try { return Base64Text.Decode((string)value!); }
                catch (FormatException) { throw Malformed($"Member {name} is not valid base64."); }
            case MemberKind.Timestamp when token is JsonToken.Integer or JsonToken.Float:
                var millis = Math.Round(Number(value!) * 1000);
                return millis >= MinMillis && millis <= MaxMillis
                    ? DateTimeOffset.FromUnixTimeMilliseconds((long)millis)
                    : throw OutOfRange(name, value, kind);
            default:
                throw Malformed($"Unexpected {token} for member {name}, expected {kind}.");
        }
    }

    private static double Number(object value) => value is BigInteger big ? (double)big : Convert.ToDouble(value, CultureInfo.InvariantCulture);

    private static JsonToken Next(JsonTextReader reader)
    {
        if (!reader.Read()) throw Malformed("Unexpected end of JSON input.");
        return reader.TokenType;
    }

    private static void Expect(JsonTextReader reader, JsonToken token, string what)
    {
        if (reader.TokenType != token) throw Malformed($"{what} expected, found {reader.TokenType}.");
    }

    private static AwsError Malformed(string message) => CommonErrors.SerializationError(message);

    private static AwsError OutOfRange(string member, object? value, MemberKind kind) =>
        Malformed($"The number {value} for member {member} is out of range for {kind}.");
}
