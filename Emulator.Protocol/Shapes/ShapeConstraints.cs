using System.Collections;
using Emulator.Protocol.Errors;

namespace Emulator.Protocol.Shapes;

/// <summary>
/// Checks a decoded request against the model constraints its shape declares and answers as the AWS request framework
/// does: one ValidationException naming every broken constraint (at most ten), before the operation runs.
/// </summary>
public static class ShapeConstraints
{
    private const int MaxReported = 10;

    public static void Check(ShapeInfo shape, object request)
    {
        if (shape.ConstrainedMembers.Length == 0) return;
        var violations = new List<string>();
        CheckStructure(shape, request, new Location("", 0), violations);
        if (violations.Count > 0) throw CommonErrors.ConstraintViolations(violations);
    }

    /// <summary>AWS's wording of one broken constraint.</summary>
    public static string Violation(object? value, string path, string constraint) =>
        $"Value {(value is null ? "null" : $"'{ValueConstraints.Text(value)}'")} at '{path}' failed to satisfy constraint: {constraint}";

    /// <summary>
    /// Where a structure sits: under a path, and for an item of a list its 1-based index. Member paths are only spelt
    /// out for a violation, so that a valid request with many list items costs no strings.
    /// </summary>
    private readonly record struct Location(string Parent, int Index)
    {
        public string Of(ShapeMember member) =>
            Index == 0 ? Parent + member.ConstraintPath : $"{Parent}.{Index}.member.{member.ConstraintPath}";
    }

    private static void CheckStructure(ShapeInfo shape, object instance, Location location, List<string> violations)
    {
        foreach (var member in shape.ConstrainedMembers)
        {
            if (violations.Count >= MaxReported) return;
            var value = member.Get(instance);
            if (value is null)
            {
                if (member.Constraints?.NotNull == true) Add(violations, null, location.Of(member), "Member must not be null");
                continue;
            }
            if (member.Constraints is { } own && !own.Keeps(value))
            {
                var broken = new List<string>();
                own.Keeps(value, broken);
                foreach (var constraint in broken) Add(violations, value, location.Of(member), constraint);
            }
            CheckElements(member, value, location, violations);
            if (member.Shape is not { ConstrainedMembers.Length: > 0 } nested) continue;
            if (member.Kind == MemberKind.Structure) CheckStructure(nested, value, new Location(location.Of(member) + ".", 0), violations);
            else if (value is IList items)
            {
                var listPath = location.Of(member);
                for (var i = 0; i < items.Count; i++)
                    if (items[i] is { } item) CheckStructure(nested, item, new Location(listPath, i + 1), violations);
            }
        }
    }

    private static void CheckElements(ShapeMember member, object value, Location location, List<string> violations)
    {
        if (member.KeyConstraints is { } keys && value is IDictionary keyed && !keyed.Keys.Cast<object>().All(key => keys.Keeps(key)))
            Add(violations, value, location.Of(member), "Map keys must satisfy constraint: " + keys.Describe());
        if (member.ElementConstraints is not { } elements) return;
        if (value is IDictionary map && !map.Values.Cast<object?>().All(v => v is null || elements.Keeps(v)))
            Add(violations, value, location.Of(member), "Map value must satisfy constraint: " + elements.Describe());
        else if (value is IList list && !list.Cast<object?>().All(v => v is null || elements.Keeps(v)))
            Add(violations, value, location.Of(member), "Member must satisfy constraint: " + elements.Describe());
    }

    private static void Add(List<string> violations, object? value, string path, string constraint)
    {
        if (violations.Count < MaxReported) violations.Add(Violation(value, path, constraint));
    }
}
