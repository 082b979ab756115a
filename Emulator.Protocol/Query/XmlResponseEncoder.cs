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
            XmlShapeWriter.WriteMembers(xml, operation.Output, result);
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
}
