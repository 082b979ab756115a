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
}
