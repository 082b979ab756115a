using Emulator.Protocol.Shapes;

namespace Emulator.Tests.Fuzz;

/// <summary>The writer of one document format (JSON, CBOR) that <see cref="SampleDocument"/> drives.</summary>
public interface IDocumentWriter
{
    void StartObject(int count);
    void Name(string name);
    void EndObject();
    void StartArray(int count);
    void EndArray();
    void Integer(long value);
    void Double(double value);
    void Boolean(bool value);
    void Timestamp(DateTimeOffset value);
    void Blob(byte[] value);
    void String(string value);
}

/// <summary>A <see cref="ShapeSample"/> written as a document of objects and arrays by its members' wire names.</summary>
public static class SampleDocument
{
    public static void Write(IDocumentWriter writer, ShapeSample sample)
    {
        writer.StartObject(sample.Members.Count);
        foreach (var (member, value) in sample.Members)
        {
            writer.Name(member.Name);
            Value(writer, member.Kind, member, value);
        }
        writer.EndObject();
    }

    private static void Value(IDocumentWriter writer, MemberKind kind, ShapeMember member, object value)
    {
        switch (kind)
        {
            case MemberKind.Structure:
                Write(writer, (ShapeSample)value);
                break;
            case MemberKind.List:
                var items = (List<object>)value;
                writer.StartArray(items.Count);
                foreach (var item in items) Value(writer, member.ElementKind, member, item);
                writer.EndArray();
                break;
            case MemberKind.Map:
                var entries = ((List<KeyValuePair<string, object>>)value).DistinctBy(e => e.Key).ToList();
                writer.StartObject(entries.Count);
                foreach (var (key, item) in entries)
                {
                    writer.Name(key);
                    Value(writer, member.ElementKind, member, item);
                }
                writer.EndObject();
                break;
            case MemberKind.Int32 or MemberKind.Int64:
                writer.Integer(Convert.ToInt64(value));
                break;
            case MemberKind.Double:
                writer.Double((double)value);
                break;
            case MemberKind.Boolean:
                writer.Boolean((bool)value);
                break;
            case MemberKind.Timestamp:
                writer.Timestamp((DateTimeOffset)value);
                break;
            case MemberKind.Blob:
                writer.Blob((byte[])value);
                break;
            default:
                writer.String((string)value);
                break;
        }
    }
}
