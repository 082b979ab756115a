namespace Emulator.Protocol.Shapes;

/// <summary>
/// A constraint of the API model on one request member (the model's <c>required</c>, <c>min</c>, <c>max</c>,
/// <c>pattern</c> and <c>enum</c>). Services whose models are enforced by the AWS request framework declare them, and
/// a request that breaks any is answered with one ValidationException listing every broken constraint.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public class ConstraintAttribute : Attribute
{
    /// <summary>The member must be present.</summary>
    public bool NotNull { get; set; }

    /// <summary>The least length (strings, blobs, lists, maps) or value (numbers).</summary>
    public long Min { get; set; } = long.MinValue;

    /// <summary>The greatest length (strings, blobs, lists, maps) or value (numbers).</summary>
    public long Max { get; set; } = long.MaxValue;

    /// <summary>A regular expression the whole value must match.</summary>
    public string? Pattern { get; set; }

    /// <summary>The values a string may take.</summary>
    public string[]? Enum { get; set; }
}

/// <summary>A constraint on each item of a list member, or on each value of a map member.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ElementConstraintAttribute : ConstraintAttribute;

/// <summary>A constraint on each key of a map member.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class KeyConstraintAttribute : ConstraintAttribute;
