using System.Collections;
using System.Xml;
using Emulator.Protocol.Errors;
using Emulator.Protocol.Shapes;

namespace Emulator.Protocol.Rest;

/// <summary>
/// Reads a REST-XML request body (S3's bucket configurations, Delete, CompleteMultipartUpload, Tagging) into its
/// structure: child elements by their wire names, lists flattened (the item repeated) or wrapped (items inside the
/// member's element). Unknown elements are skipped, as AWS does.
/// </summary>
public static class XmlShapeReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true, IgnoreWhitespace = true, IgnoreProcessingInstructions = true,
    };

    public static object Read(ShapeInfo shape, ReadOnlyMemory<byte> body)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(body.ToArray(), writable: false), Settings);
            reader.MoveToContent();
            return ReadStructure(shape, reader);
        }
        // The framework's reader fails some malformed encoding declarations with an ArgumentOutOfRangeException.
        catch (Exception e) when (e is XmlException or ArgumentException)
        {
            throw Malformed();
        }
    }

    public static AwsError Malformed() =>
        new("MalformedXML", "The XML you provided was not well-formed or did not validate against our published schema");

    private static object ReadStructure(ShapeInfo shape, XmlReader reader)
    {
        var instance = shape.Create();
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return instance;
        }
        reader.ReadStartElement();
        while (reader.NodeType == XmlNodeType.Element)
        {
            var member = shape.Members.FirstOrDefault(m => m.QueryName == reader.LocalName && m.Location is null);
            if (member is null)
            {
                reader.Skip();
                continue;
            }
            switch (member.Kind)
            {
                case MemberKind.List when member.Flattened:
                    var flattened = (IList?)member.Get(instance) ?? member.NewList!();
                    flattened.Add(ReadElement(member, member.ElementKind, reader));
                    member.Set(instance, flattened);
                    break;
                case MemberKind.List:
                    member.Set(instance, ReadWrappedList(member, reader));
                    break;
                case MemberKind.Map:
                    reader.Skip();
                    break;
                default:
                    member.Set(instance, ReadElement(member, member.Kind, reader));
                    break;
            }
        }
        reader.ReadEndElement();
        return instance;
    }

    private static IList ReadWrappedList(ShapeMember member, XmlReader reader)
    {
        var list = member.NewList!();
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return list;
        }
        reader.ReadStartElement();
        while (reader.NodeType == XmlNodeType.Element)
        {
            if (reader.LocalName == member.ListMember) list.Add(ReadElement(member, member.ElementKind, reader));
            else reader.Skip();
        }
        reader.ReadEndElement();
        return list;
    }

    private static object ReadElement(ShapeMember member, MemberKind kind, XmlReader reader) =>
        kind == MemberKind.Structure
            ? ReadStructure(member.Shape!, reader)
            : ScalarText.Parse(kind, reader.ReadElementContentAsString(), member.QueryName);
}
