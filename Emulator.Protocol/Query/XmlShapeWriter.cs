using System.Collections;
using System.Text;
using Emulator.Protocol.Shapes;

namespace Emulator.Protocol.Query;

/// <summary>
/// Writes a shape's members as XML elements by their wire names: lists wrapped (items named by the list's member name)
/// or flattened (the item repeated), maps as entries of key and value. The query protocol's results and REST-XML
/// bodies share it.
/// </summary>
public static class XmlShapeWriter
{
    /// <summary>The members of <paramref name="instance"/> that go in a body (not those a REST protocol binds elsewhere).</summary>
    public static void WriteMembers(StringBuilder xml, ShapeInfo shape, object instance)
    {
        foreach (var member in shape.Members)
        {
            var value = member.Get(instance);
            if (value is null || member.Location is not null) continue;
            switch (member.Kind)
            {
                case MemberKind.Structure:
                    Open(xml, member.QueryName);
                    WriteMembers(xml, member.Shape!, value);
                    Close(xml, member.QueryName);
                    break;
                case MemberKind.List:
                    WriteList(xml, member, (IList)value);
                    break;
                case MemberKind.Map:
                    WriteMap(xml, member, (IDictionary)value);
                    break;
                default:
                    WriteScalar(xml, member.QueryName, member.Kind, value);
                    break;
            }
        }
    }

    private static void WriteList(StringBuilder xml, ShapeMember member, IList list)
    {
        var itemName = member.Flattened ? member.QueryName : member.ListMember;
        if (!member.Flattened) Open(xml, member.QueryName);
        foreach (var item in list) WriteElement(xml, member, itemName, item);
        if (!member.Flattened) Close(xml, member.QueryName);
    }

    private static void WriteMap(StringBuilder xml, ShapeMember member, IDictionary map)
    {
        var entryName = member.Flattened ? member.QueryName : "entry";
        if (!member.Flattened) Open(xml, member.QueryName);
        foreach (DictionaryEntry entry in map)
        {
            Open(xml, entryName);
            WriteScalar(xml, member.MapKey, MemberKind.String, entry.Key);
            WriteElement(xml, member, member.MapValue, entry.Value!);
            Close(xml, entryName);
        }
        if (!member.Flattened) Close(xml, member.QueryName);
    }

    private static void WriteElement(StringBuilder xml, ShapeMember member, string name, object item)
    {
        if (member.ElementKind == MemberKind.Structure)
        {
            Open(xml, name);
            WriteMembers(xml, member.Shape!, item);
            Close(xml, name);
        }
        else
        {
            WriteScalar(xml, name, member.ElementKind, item);
        }
    }

    public static void WriteScalar(StringBuilder xml, string name, MemberKind kind, object value)
    {
        Open(xml, name);
        XmlText.Append(xml, ScalarText.Format(kind, value));
        Close(xml, name);
    }

    private static void Open(StringBuilder xml, string name) => xml.Append('<').Append(name).Append('>');
    private static void Close(StringBuilder xml, string name) => xml.Append("</").Append(name).Append('>');
}
