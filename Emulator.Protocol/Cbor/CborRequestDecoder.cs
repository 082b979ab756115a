using System.Collections;
using System.Formats.Cbor;
using Emulator.Protocol.Errors;
using Emulator.Protocol.Shapes;

namespace Emulator.Protocol.Cbor;

/// <summary>Reads an AWS CBOR 1.1 body into a typed request, in place over the request's memory.</summary>
public static class CborRequestDecoder
{
    public static object Decode(ShapeInfo shape, ReadOnlyMemory<byte> body)
    {
        object request;
        try
        {
            request = body.IsEmpty ? shape.Create() : ReadDocument(shape, new CborReader(body, CborConformanceMode.Lax));
        }
        catch (Exception e) when (e is CborContentException or InvalidOperationException or OverflowException)
        {
            throw Malformed(e.Message);
        }
        RequiredMembers.Check(shape, request);
        return request;
    }

    private static object ReadDocument(ShapeInfo shape, CborReader reader)
    {
        object request;
        if (IsAbsent(reader.PeekState()))
        {
            reader.SkipValue();
            request = shape.Create();
        }
        else
        {
            request = ReadStructure(shape, reader);
        }
        if (reader.BytesRemaining > 0) throw Malformed("Unexpected content after the end of the CBOR map.");
        return request;
    }

    private static object ReadStructure(ShapeInfo shape, CborReader reader)
    {
        Expect(reader, CborReaderState.StartMap, "Start of structure");
        reader.ReadStartMap();
        var instance = shape.Create();
        while (reader.PeekState() != CborReaderState.EndMap)
        {
            var member = ReadMemberName(shape, reader);
            if (member is null || IsAbsent(reader.PeekState()))
            {
                reader.SkipValue();
                continue;
            }
            member.Set(instance, ReadValue(member.Kind, member, reader));
        }
        reader.ReadEndMap();
        return instance;
    }

    private static ShapeMember? ReadMemberName(ShapeInfo shape, CborReader reader)
    {
        switch (reader.PeekState())
        {
            case CborReaderState.TextString:
                var name = reader.ReadDefiniteLengthTextStringBytes().Span;
                foreach (var member in shape.Members)
                    if (name.SequenceEqual(member.Utf8Name)) return member;
                return null;
            case CborReaderState.StartIndefiniteLengthTextString:
                return shape.ByName.GetValueOrDefault(reader.ReadTextString());
            default:
                throw Malformed($"Member name expected, found {reader.PeekState()}.");
        }
    }

    private static object ReadValue(MemberKind kind, ShapeMember member, CborReader reader) => kind switch
    {
        MemberKind.Structure => ReadStructure(member.Shape!, reader),
        MemberKind.List => ReadList(member, reader),
        MemberKind.Map => ReadMap(member, reader),
        _ => ReadScalar(kind, member.Name, reader),
    };

    private static IList ReadList(ShapeMember member, CborReader reader)
    {
        Expect(reader, CborReaderState.StartArray, "Start of list");
        reader.ReadStartArray();
        var list = member.NewList!();
        CborReaderState state;
        while ((state = reader.PeekState()) != CborReaderState.EndArray)
        {
            if (IsAbsent(state)) reader.SkipValue();
            else list.Add(ReadValue(member.ElementKind, member, reader));
        }
        reader.ReadEndArray();
        return list;
    }

    private static IDictionary ReadMap(ShapeMember member, CborReader reader)
    {
        Expect(reader, CborReaderState.StartMap, "Start of map");
        reader.ReadStartMap();
        var map = member.NewMap!();
        while (reader.PeekState() != CborReaderState.EndMap)
        {
            var key = reader.ReadTextString();
            if (IsAbsent(reader.PeekState())) reader.SkipValue();
            else map[key] = ReadValue(member.ElementKind, member, reader);
        }
        reader.ReadEndMap();
        return map;
    }

    private static object ReadScalar(MemberKind kind, string name, CborReader reader)
    {
        var state = reader.PeekState();
        switch (kind)
        {
            case MemberKind.String when state is CborReaderState.TextString or CborReaderState.StartIndefiniteLengthTextString:
                return reader.ReadTextString();
            case MemberKind.Utf8Text when state is CborReaderState.TextString or CborReaderState.StartIndefiniteLengthTextString:
                return Utf8Text.From(reader.ReadTextString());
            case MemberKind.Int32 when IsInteger(state):
                return reader.ReadInt32();
            case MemberKind.Int64 when IsInteger(state):
                return reader.ReadInt64();
            case MemberKind.Double when IsInteger(state):
                return (double)reader.ReadInt64();
            case MemberKind.Double when IsFloat(state):
                return reader.ReadDouble();
            case MemberKind.Boolean when state == CborReaderState.Boolean:
                return reader.ReadBoolean();
            case MemberKind.Blob when state is CborReaderState.ByteString or CborReaderState.StartIndefiniteLengthByteString:
                return reader.ReadByteString();
            case MemberKind.Timestamp when state == CborReaderState.Tag || IsInteger(state) || IsFloat(state):
                return CborTimestamps.Read(reader, name);
            default:
                throw Malformed($"Unexpected {state} for member {name}, expected {kind}.");
        }
    }

    private static bool IsAbsent(CborReaderState state) => state is CborReaderState.Null or CborReaderState.Undefined;

    private static bool IsInteger(CborReaderState state) =>
        state is CborReaderState.UnsignedInteger or CborReaderState.NegativeInteger;

    private static bool IsFloat(CborReaderState state) =>
        state is CborReaderState.HalfPrecisionFloat or CborReaderState.SinglePrecisionFloat or CborReaderState.DoublePrecisionFloat;

    private static void Expect(CborReader reader, CborReaderState state, string what)
    {
        if (reader.PeekState() != state) throw Malformed($"{what} expected, found {reader.PeekState()}.");
    }

    private static AwsError Malformed(string message) => CommonErrors.SerializationError(message);
}
