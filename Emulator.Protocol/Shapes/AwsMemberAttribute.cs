namespace Emulator.Protocol.Shapes;

/// <summary>
/// Declares how one member of a request or result shape is named on the wire. The JSON name is the property
/// name (the API model's member name) unless <see cref="JsonName"/> says otherwise; the query protocol and XML use <see cref="QueryName"/>
/// (the model's <c>locationName</c>), defaulting to the property name.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AwsMemberAttribute : Attribute
{
    public AwsMemberAttribute(string? queryName = null) => QueryName = queryName;

    public string? QueryName { get; }

    /// <summary>The JSON member name where the model's differs from .NET naming (<c>tags</c>, <c>queueUrls</c>).</summary>
    public string? JsonName { get; set; }

    /// <summary>Lists and maps written without a wrapper element (<c>Name.1</c> rather than <c>Name.member.1</c>).</summary>
    public bool Flattened { get; set; }

    /// <summary>Element name of a list item when not flattened.</summary>
    public string ListMember { get; set; } = "member";

    /// <summary>Names of a map entry's key and value (the model's key/value <c>locationName</c>).</summary>
    public string MapKey { get; set; } = "key";
    public string MapValue { get; set; } = "value";

    /// <summary>The request is rejected with MissingParameter when this member is absent.</summary>
    public bool Required { get; set; }

    /// <summary>
    /// Where a REST protocol carries the member: <c>uri</c>, <c>querystring</c>, <c>header</c>, <c>headers</c> (a
    /// prefix of header names), <c>statusCode</c>; the body when null. Its name there is <see cref="QueryName"/>.
    /// </summary>
    public string? Location { get; set; }

    /// <summary>The member is the whole body of a REST request or response.</summary>
    public bool Payload { get; set; }

    /// <summary>A body streamed as it is rather than encoded (S3 object data).</summary>
    public bool Streaming { get; set; }

    /// <summary>Written as an attribute of its parent XML element.</summary>
    public bool XmlAttribute { get; set; }

    /// <summary>The XML namespace of the member's element, and the prefix it is written with.</summary>
    public string? XmlNamespace { get; set; }
    public string? XmlPrefix { get; set; }

    /// <summary>The model's timestamp format where it differs from the protocol's (<c>iso8601</c>, <c>rfc822</c>, <c>unixTimestamp</c>).</summary>
    public string? TimestampFormat { get; set; }
}
