using System.Collections;
using Emulator.Protocol.Errors;
using Emulator.Protocol.Shapes;

namespace Emulator.Protocol.Query;

/// <summary>
/// Builds a typed request from query-protocol parameters: <c>Name=value</c>, lists as <c>Name.1</c> (flattened)
/// or <c>Name.member.1</c>, maps as <c>Name.1.Key/Name.1.Value</c> (flattened) or <c>Name.entry.1.key/value</c>,
/// and nested structures as <c>Name.Member</c>.
/// </summary>
public static class QueryRequestDecoder
{
    /// <summary>Largest list index read, so that a crafted request cannot make us loop for long.</summary>
    private const int MaxIndex = 1000;

    public static object Decode(ShapeInfo shape, IReadOnlyDictionary<string, string> parameters)
    {
        var request = DecodeStructure(shape, parameters, "") ?? shape.Create();
        RequiredMembers.Check(shape, request);
        return request;
    }

    private static object? DecodeStructure(ShapeInfo shape, IReadOnlyDictionary<string, string> parameters, string prefix)
    {
        object? instance = null;
        foreach (var member in shape.Members)
        {
            var value = DecodeMember(member, parameters, prefix + member.QueryName);
            if (value is null) continue;
            instance ??= shape.Create();
            member.Set(instance, value);
        }
        return instance;
    }

    private static object? DecodeMember(ShapeMember member, IReadOnlyDictionary<string, string> parameters, string key) =>
        member.Kind switch
        {
            MemberKind.Structure => DecodeStructure(member.Shape!, parameters, key + "."),
            MemberKind.List => DecodeList(member, parameters, member.Flattened ? key + "." : key + "." + member.ListMember + "."),
            MemberKind.Map => DecodeMap(member, parameters, member.Flattened ? key + "." : key + ".entry."),
            _ => parameters.TryGetValue(key, out var text) ? ScalarText.Parse(member.Kind, text, key) : null,
        };

    private static IList? DecodeList(ShapeMember member, IReadOnlyDictionary<string, string> parameters, string prefix)
    {
        IList? list = null;
        for (var index = 1; index <= MaxIndex; index++)
        {
            var itemKey = prefix + index;
            var item = DecodeElement(member, parameters, itemKey);
            if (item is null) break;
            (list ??= member.NewList!()).Add(item);
        }
        if (list is null && HasEmptyListMarker(parameters, prefix)) return member.NewList!();
        return list;
    }

    private static bool HasEmptyListMarker(IReadOnlyDictionary<string, string> parameters, string prefix) =>
        parameters.TryGetValue(prefix.TrimEnd('.'), out var value) && value.Length == 0;

    private static IDictionary? DecodeMap(ShapeMember member, IReadOnlyDictionary<string, string> parameters, string prefix)
    {
        IDictionary? map = null;
        for (var index = 1; index <= MaxIndex; index++)
        {
            var entry = prefix + index + ".";
            if (!parameters.TryGetValue(entry + member.MapKey, out var key))
            {
                if (HasAny(parameters, entry)) throw CommonErrors.MissingParameter(entry + member.MapKey);
                break;
            }
            var value = DecodeElement(member, parameters, entry + member.MapValue)
                        ?? throw CommonErrors.MissingParameter(entry + member.MapValue);
            map ??= member.NewMap!();
            map[key] = value;
        }
        return map;
    }

    private static object? DecodeElement(ShapeMember member, IReadOnlyDictionary<string, string> parameters, string key) =>
        member.ElementKind == MemberKind.Structure
            ? DecodeStructure(member.Shape!, parameters, key + ".")
            : parameters.TryGetValue(key, out var text) ? ScalarText.Parse(member.ElementKind, text, key) : null;

    private static bool HasAny(IReadOnlyDictionary<string, string> parameters, string prefix)
    {
        foreach (var key in parameters.Keys)
            if (key.StartsWith(prefix, StringComparison.Ordinal)) return true;
        return false;
    }
}
