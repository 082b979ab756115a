using System.Collections;
using System.Formats.Cbor;
using Emulator.Protocol.Errors;
using Emulator.Protocol.Shapes;

namespace Emulator.Protocol.Cbor;

/// <summary>Writes AWS CBOR 1.1 results and errors.</summary>
public static class CborResponseEncoder
{
    public static void WriteResult(CborWriter writer, ShapeInfo shape, object result) => WriteStructure(writer, shape, result);

    public static void WriteError(CborWriter writer, string type, AwsError error)
    {
        writer.WriteStartMap(2);
        writer.WriteTextString("__type");
        writer.WriteTextString(type);
        writer.WriteTextString("message");
        writer.WriteTextString(error.Message);
        writer.WriteEndMap();
    }

    private static void WriteStructure(CborWriter writer, ShapeInfo shape, object instance)
    {
        // How many members are set is known only after reading each one, so a structure is an
        // indefinite-length map, as the Java SDK's own CBOR generator writes it.
        writer.WriteStartMap(null);
        foreach (var member in shape.Members)
        {
            var value = member.Get(instance);
            if (value is null) continue;
            writer.WriteTextString(member.Name);
            WriteValue(writer, member.Kind, member, value);
        }
        writer.WriteEndMap();
    }

    private static void WriteValue(CborWriter writer, MemberKind kind, ShapeMember member, object value)
    {
        switch (kind)
        {
            case MemberKind.Structure:
                WriteStructure(writer, member.Shape!, value);
                break;
            case MemberKind.List:
                var list = (IList)value;
                writer.WriteStartArray(list.Count);
                foreach (var item in list) WriteValue(writer, member.ElementKind, member, item!);
                writer.WriteEndArray();
                break;
            case MemberKind.Map:
                var map = (IDictionary)value;
                writer.WriteStartMap(map.Count);
                foreach (DictionaryEntry entry in map)
                {
                    writer.WriteTextString((string)entry.Key);
                    WriteValue(writer, member.ElementKind, member, entry.Value!);
                }
                writer.WriteEndMap();
                break;
            case MemberKind.String: writer.WriteTextString((string)value); break;
            case MemberKind.Utf8Text: writer.WriteTextString(((Utf8Text)value).ToString()); break;
            case MemberKind.Int32: writer.WriteInt32((int)value); break;
            case MemberKind.Int64: writer.WriteInt64((long)value); break;
            case MemberKind.Double: writer.WriteDouble((double)value); break;
            case MemberKind.Boolean: writer.WriteBoolean((bool)value); break;
            case MemberKind.Blob: writer.WriteByteString(BlobValue.Span(value)); break;
            case MemberKind.Timestamp: CborTimestamps.Write(writer, (DateTimeOffset)value); break;
        }
    }
}
