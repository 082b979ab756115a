using System.Collections;
using System.Globalization;
using System.Text;
using Emulator.Protocol.Errors;
using Emulator.Protocol.Query;
using Emulator.Protocol.Shapes;
using Microsoft.AspNetCore.Http;

namespace Emulator.Protocol.Rest;

/// <summary>
/// Writes a REST-XML result as the model binds it: members bound to headers (and header maps by prefix) become
/// response headers, a payload member is the whole body (raw bytes, or its structure as XML), and the other members
/// are the XML body under the output's root element. Errors are S3's <c>Error</c> document.
/// </summary>
public static class RestXmlResponseEncoder
{
    public const string ContentType = "application/xml";

    /// <summary>
    /// Sets the result's headers; returns its body (bytes, or a stream for a streaming payload) and content type (an
    /// empty body when it has none). A result that sets <c>Content-Range</c> is partial content, so its status is 206
    /// whatever the operation's success status.
    /// </summary>
    public static (ReadOnlyMemory<byte> Body, StreamingBlob? Stream, string? ContentType) Write(IHeaderDictionary headers, ShapeInfo output, object result, string? xmlNamespace)
    {
        ShapeMember? payload = null;
        var bodyMembers = 0;
        foreach (var member in output.Members)
        {
            var value = member.Get(result);
            if (value is null) continue;
            switch (member.Location)
            {
                case "header":
                    headers[member.QueryName] = HeaderText(member.Kind, value);
                    break;
                case "headers":
                    foreach (DictionaryEntry entry in (IDictionary)value) headers[member.QueryName + entry.Key] = (string)entry.Value!;
                    break;
                case null when member.Payload:
                    payload = member;
                    break;
                case null:
                    bodyMembers++;
                    break;
            }
        }
        if (payload?.Get(result) is StreamingBlob stream) return (ReadOnlyMemory<byte>.Empty, stream, null);
        if (payload is not null)
        {
            var (bytes, type) = Payload(payload, payload.Get(result)!, xmlNamespace);
            return (bytes, null, type);
        }
        if (bodyMembers == 0) return (ReadOnlyMemory<byte>.Empty, null, null);
        var xml = Document(output.XmlName, xmlNamespace);
        var only = output.Members.Where(m => m.Location is null && m.Get(result) is not null).ToArray();
        // A root named as its one scalar member holds that value as its text (GetBucketLocation's LocationConstraint).
        if (only is [{ Kind: not (MemberKind.Structure or MemberKind.List or MemberKind.Map) } single] && single.QueryName == output.XmlName)
            XmlText.Append(xml, ScalarText.Format(single.Kind, single.Get(result)!));
        else
            XmlShapeWriter.WriteMembers(xml, output, result);
        return (Close(xml, output.XmlName), null, ContentType);
    }

    public static byte[] Error(AwsError error, string requestId)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>");
        XmlText.Append(xml, error.Code);
        xml.Append("</Code><Message>");
        XmlText.Append(xml, error.Message);
        xml.Append("</Message>");
        foreach (var (element, value) in error.Details)
        {
            xml.Append('<').Append(element).Append('>');
            XmlText.Append(xml, value);
            xml.Append("</").Append(element).Append('>');
        }
        xml.Append("<RequestId>").Append(requestId).Append("</RequestId><HostId>").Append(requestId).Append("</HostId></Error>");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }

    private static (ReadOnlyMemory<byte>, string?) Payload(ShapeMember member, object value, string? xmlNamespace)
    {
        switch (member.Kind)
        {
            case MemberKind.Blob:
                return (value is byte[] bytes ? bytes : (ReadOnlyMemory<byte>)value, null);
            case MemberKind.Structure:
                var xml = Document(member.QueryName, xmlNamespace);
                XmlShapeWriter.WriteMembers(xml, member.Shape!, value);
                return (Close(xml, member.QueryName), ContentType);
            default:
                return (Encoding.UTF8.GetBytes(ScalarText.Format(member.Kind, value)), "text/plain");
        }
    }

    private static StringBuilder Document(string root, string? xmlNamespace)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<").Append(root);
        if (xmlNamespace is not null) xml.Append(" xmlns=\"").Append(xmlNamespace).Append('"');
        return xml.Append('>');
    }

    private static byte[] Close(StringBuilder xml, string root) => Encoding.UTF8.GetBytes(xml.Append("</").Append(root).Append('>').ToString());

    /// <summary>Header values as REST protocols write them: timestamps in RFC 1123 (HTTP's date format).</summary>
    private static string HeaderText(MemberKind kind, object value) => kind switch
    {
        MemberKind.Timestamp => ((DateTimeOffset)value).ToUniversalTime().ToString("r", CultureInfo.InvariantCulture),
        _ => ScalarText.Format(kind, value),
    };
}
