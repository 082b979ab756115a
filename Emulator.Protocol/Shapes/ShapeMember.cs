using System.Collections;

namespace Emulator.Protocol.Shapes;

/// <summary>One member of a shape with its wire names and compiled accessors.</summary>
public sealed class ShapeMember
{
    public required string Name { get; init; }

    /// <summary><see cref="Name"/> in UTF-8, for binary codecs that match names without decoding them.</summary>
    public required byte[] Utf8Name { get; init; }

    public required string QueryName { get; init; }
    public required MemberKind Kind { get; init; }
    public bool Flattened { get; init; }
    public string ListMember { get; init; } = "member";
    public string MapKey { get; init; } = "key";
    public string MapValue { get; init; } = "value";
    public bool Required { get; init; }

    /// <summary>Where a REST protocol carries the member (see <see cref="AwsMemberAttribute.Location"/>); the body when null.</summary>
    public string? Location { get; init; }

    /// <summary>The member is the whole body of a REST request or response.</summary>
    public bool Payload { get; init; }

    /// <summary>The model's constraints on the member, on its list items or map values, and on its map keys.</summary>
    public ValueConstraints? Constraints { get; init; }
    public ValueConstraints? ElementConstraints { get; init; }
    public ValueConstraints? KeyConstraints { get; init; }

    /// <summary>How validation messages name the member: its wire name with a lower-case first letter.</summary>
    public required string ConstraintPath { get; init; }

    public bool HasConstraints => Constraints is not null || ElementConstraints is not null || KeyConstraints is not null;

    /// <summary>For lists and maps: the kind of one element.</summary>
    public MemberKind ElementKind { get; init; }

    /// <summary>For structures, and lists or maps of structures: the nested shape.</summary>
    public ShapeInfo? Shape { get; internal set; }

    public required Func<object, object?> Get { get; init; }
    public required Action<object, object?> Set { get; init; }
    public Func<IList>? NewList { get; init; }
    public Func<IDictionary>? NewMap { get; init; }
}
