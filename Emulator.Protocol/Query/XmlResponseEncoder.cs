using System.Collections;
using System.Text;
using Emulator.Protocol.Errors;
using Emulator.Protocol.Routing;
using Emulator.Protocol.Shapes;

namespace Emulator.Protocol.Query;

/// <summary>Writes query-protocol responses and errors as AWS does.</summary>
public static class XmlResponseEncoder
{
    public static void WriteResult(StringBuilder xml, OperationBinding operation, object result, string requestId)
    {
        var service = operation.Service;
        xml.Append("<?xml version=\"1.0\"?><").Append(operation.Name).Append("Response xmlns=\"")
            .Append(service.XmlNamespace).Append("\">");
        if (operation.HasOutput)
        {
            xml.Append('<').Append(operation.Name).Append("Result>");
            WriteMembers(xml, operation.Output, result);
            xml.Append("</").Append(operation.Name).Append("Result>");
        }
        xml.Append("<ResponseMetadata><RequestId>").Append(requestId).Append("</RequestId></ResponseMetadata></")
            .Append(operation.Name).Append("Response>");
    }

    public static void WriteError(StringBuilder xml, AwsServiceDescriptor? service, AwsError error, string requestId)
    {
        xml.Append("<?xml version=\"1.0\"?><ErrorResponse xmlns=\"")
            .Append(service?.XmlNamespace ?? "http://queue.amazonaws.com/doc/2012-11-05/")
            .Append("\"><Error><Type>").Append(error.SenderFault ? "Sender" : "Receiver")
            .Append("</Type><Code>");
        XmlText.Append(xml, error.QueryCode);
        xml.Append("</Code><Message>");
        XmlText.Append(xml, error.QueryMessage);
        xml.Append("</Message><Detail/></Error><RequestId>").Append(requestId).Append("</RequestId></ErrorResponse>");
    }

    private static void WriteMembers(StringBuilder xml, ShapeInfo shape, object instance)
    {
        foreach (var member in shape.Members)
        {
            var value = member.Get(instance);
            if (value is null) continue;
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

    private static void WriteScalar(StringBuilder xml, string name, MemberKind kind, object value)
    {
        Open(xml, name);
        XmlText.Append(xml, ScalarText.Format(kind, value));
        Close(xml, name);
    }

    private static void Open(StringBuilder xml, string name) => xml.Append('<').Append(name).Append('>');
    private static void Close(StringBuilder xml, string name) => xml.Append("</").Append(name).Append('>');
}
