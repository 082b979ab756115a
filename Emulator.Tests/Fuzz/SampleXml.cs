using System.Text;
using System.Xml;
using Emulator.Protocol.Shapes;

namespace Emulator.Tests.Fuzz;

/// <summary>A <see cref="ShapeSample"/> as a REST-XML body under <paramref name="root"/>: flattened lists repeat their element, others wrap items.</summary>
public static class SampleXml
{
    public static byte[] Write(string root, ShapeSample sample)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true, CheckCharacters = false }))
        {
            xml.WriteStartElement(root);
            Members(xml, sample);
            xml.WriteEndElement();
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static void Members(XmlWriter xml, ShapeSample sample)
    {
        foreach (var (member, value) in sample.Members)
        {
            if (member.Location is not null || member.Kind == MemberKind.Map) continue;
            if (member.Kind != MemberKind.List) Element(xml, member.QueryName, member.Kind, value);
            else if (member.Flattened) Items(xml, member, (List<object>)value, member.QueryName);
            else
            {
                xml.WriteStartElement(member.QueryName);
                Items(xml, member, (List<object>)value, member.ListMember);
                xml.WriteEndElement();
            }
        }
    }

    private static void Items(XmlWriter xml, ShapeMember member, List<object> items, string name)
    {
        foreach (var item in items) Element(xml, name, member.ElementKind, item);
    }

    private static void Element(XmlWriter xml, string name, MemberKind kind, object value)
    {
        xml.WriteStartElement(name);
        if (kind == MemberKind.Structure) Members(xml, (ShapeSample)value);
        else xml.WriteString(ScalarText.Format(kind, value));
        xml.WriteEndElement();
    }
}
