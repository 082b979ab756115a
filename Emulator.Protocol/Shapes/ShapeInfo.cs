namespace Emulator.Protocol.Shapes;

/// <summary>A request, result or nested structure type, described once for every codec.</summary>
public sealed class ShapeInfo
{
    internal ShapeInfo(Type type, Func<object> create)
    {
        Type = type;
        Create = create;
    }

    public Type Type { get; }

    /// <summary>The root element of a REST-XML body holding this shape.</summary>
    public string XmlName { get; internal set; } = "";
    public Func<object> Create { get; }
    public ShapeMember[] Members { get; internal set; } = [];
    public ShapeMember[] RequiredMembers { get; internal set; } = [];
    public IReadOnlyDictionary<string, ShapeMember> ByName { get; internal set; } = new Dictionary<string, ShapeMember>();

    /// <summary>The payload member read or written as a stream (an S3 object's body), if the shape has one.</summary>
    public ShapeMember? StreamingPayload { get; internal set; }

    /// <summary>The members that declare model constraints or hold structures that do, in declaration order.</summary>
    public ShapeMember[] ConstrainedMembers { get; internal set; } = [];
}
