namespace Emulator.Protocol.Shapes;

/// <summary>Declares how a whole shape is named on the wire where that is not its type's name.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AwsShapeAttribute(string xmlName) : Attribute
{
    /// <summary>The root element of a REST-XML body holding this shape (S3's <c>ListAllMyBucketsResult</c>).</summary>
    public string XmlName { get; } = xmlName;
}
