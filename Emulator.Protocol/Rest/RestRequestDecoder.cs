using System.Collections;
using System.Text;
using Emulator.Protocol.Pipeline;
using Emulator.Protocol.Shapes;
using Microsoft.AspNetCore.Http;

namespace Emulator.Protocol.Rest;

/// <summary>
/// Builds a typed REST request from where the model binds each member: the path's labels (<c>uri</c>), the query
/// string, single headers, header maps by prefix (<c>x-amz-meta-*</c>), and the body, which is either one payload
/// member (raw bytes, or an XML structure) or absent. A streamed payload (an object's data) arrives already read,
/// <c>aws-chunked</c> decoded, and the trailers sent after it count as headers.
/// </summary>
public static class RestRequestDecoder
{
    public static object Decode(ShapeInfo shape, RouteMatch route, IReadOnlyDictionary<string, string> query, IHeaderDictionary headers,
        ReadOnlyMemory<byte> body, StreamingRequestBody? streamed = null)
    {
        var request = shape.Create();
        foreach (var member in shape.Members)
        {
            var value = member.Location switch
            {
                "uri" => Scalar(member, route.Labels.GetValueOrDefault(member.QueryName)),
                "querystring" => Bound(member, query.GetValueOrDefault(member.QueryName), route.Route.RequiredQuery),
                "header" => Bound(member, Header(member.QueryName, headers, streamed), route.Route.RequiredHeaders),
                "headers" => HeaderMap(member, headers),
                null when member.Payload => member.Kind == MemberKind.StreamingBlob ? streamed?.Data : Payload(member, body),
                _ => null,
            };
            if (value is not null) member.Set(request, value);
        }
        RequiredMembers.Check(shape, request);
        return request;
    }

    /// <summary>
    /// A query parameter's or header's value; one the route requires is there even when empty (<c>?uploadId=</c> names
    /// an upload that does not exist, an empty <c>x-amz-copy-source</c> no object), where an optional one that is empty
    /// is absent.
    /// </summary>
    private static object? Bound(ShapeMember member, string? text, IReadOnlyList<string> required) =>
        text is "" && member.Kind == MemberKind.String && required.Contains(member.QueryName, StringComparer.OrdinalIgnoreCase)
            ? ""
            : Scalar(member, text);

    /// <summary>A header, or the trailer of that name that an <c>aws-chunked</c> upload sent after its data.</summary>
    private static string? Header(string name, IHeaderDictionary headers, StreamingRequestBody? streamed) =>
        headers.TryGetValue(name, out var header) ? header.ToString() : streamed?.Trailers.GetValueOrDefault(name);

    private static object? Scalar(ShapeMember member, string? text) =>
        string.IsNullOrEmpty(text) || member.Kind is MemberKind.List or MemberKind.Map or MemberKind.Structure
            ? null
            : ScalarText.Parse(member.Kind, text, member.QueryName);

    /// <summary>Headers named with the member's prefix, by the rest of their name in lower case (as S3 keeps user metadata).</summary>
    private static IDictionary? HeaderMap(ShapeMember member, IHeaderDictionary headers)
    {
        IDictionary? map = null;
        foreach (var (name, value) in headers)
        {
            if (!name.StartsWith(member.QueryName, StringComparison.OrdinalIgnoreCase) || name.Length == member.QueryName.Length) continue;
            (map ??= member.NewMap!())[name[member.QueryName.Length..].ToLowerInvariant()] = value.ToString();
        }
        return map;
    }

    private static object? Payload(ShapeMember member, ReadOnlyMemory<byte> body) => member.Kind switch
    {
        MemberKind.Blob => body.ToArray(),
        MemberKind.Structure => body.IsEmpty ? null : XmlShapeReader.Read(member.Shape!, body),
        MemberKind.String or MemberKind.Utf8Text when !body.IsEmpty => ScalarText.Parse(member.Kind, Encoding.UTF8.GetString(body.Span), member.QueryName),
        _ => null,
    };
}
