using System.Collections;

namespace Emulator.Protocol.Shapes;

/// <summary>
/// Copies a request structure into the result structure that describes it back (Firehose's
/// <c>ExtendedS3DestinationConfiguration</c> into <c>ExtendedS3DestinationDescription</c>), member by member through the
/// shape tables: same-named members are copied, nested structures and lists of them converted in turn, and a
/// <c>…Configuration</c> member fills the target's <c>…Description</c> (or <c>…DestinationDescription</c>) of the same stem.
/// Members the target lacks (secrets such as access keys) are left behind.
/// </summary>
public static class ShapeCopier
{
    public static T Copy<T>(object source) where T : class => (T)Copy(source, ShapeCatalog.For<T>());

    /// <summary>
    /// Sets every member <paramref name="update"/> carries onto the same-named member of <paramref name="target"/> (a
    /// <c>…Update</c> member onto its <c>…Configuration</c>), converting structures of another type; absent members
    /// leave the target's as they were.
    /// </summary>
    public static void Overlay(object update, object target)
    {
        var from = ShapeCatalog.For(update.GetType());
        var to = ShapeCatalog.For(target.GetType());
        foreach (var member in from.Members)
        {
            if (member.Get(update) is not { } value) continue;
            var name = member.Name.EndsWith("Update", StringComparison.Ordinal) ? member.Name[..^"Update".Length] + "Configuration" : member.Name;
            if (!to.ByName.TryGetValue(name, out var field) && !to.ByName.TryGetValue(member.Name, out field)) continue;
            field.Set(target, Convert(value, member, field));
        }
    }

    public static object Copy(object source, ShapeInfo target)
    {
        var from = ShapeCatalog.For(source.GetType());
        var result = target.Create();
        foreach (var member in target.Members)
        {
            var origin = SourceOf(from, member.Name);
            if (origin?.Get(source) is not { } value) continue;
            member.Set(result, Convert(value, origin, member));
        }
        return result;
    }

    private static ShapeMember? SourceOf(ShapeInfo from, string name)
    {
        if (from.ByName.TryGetValue(name, out var same)) return same;
        foreach (var suffix in new[] { "DestinationDescription", "Description" })
            if (name.EndsWith(suffix, StringComparison.Ordinal)
                && from.ByName.TryGetValue(name[..^suffix.Length] + "Configuration", out var configured))
                return configured;
        return null;
    }

    private static object Convert(object value, ShapeMember origin, ShapeMember member)
    {
        switch (member.Kind)
        {
            case MemberKind.Structure when origin.Kind == MemberKind.Structure:
                return value.GetType() == member.Shape!.Type ? value : Copy(value, member.Shape!);
            case MemberKind.List when member.ElementKind == MemberKind.Structure:
                var list = member.NewList!();
                foreach (var item in (IList)value) list.Add(Copy(item!, member.Shape!));
                return list;
            default:
                return value;
        }
    }
}
