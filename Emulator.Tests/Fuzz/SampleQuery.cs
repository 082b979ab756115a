using System.Text;
using Emulator.Protocol.Shapes;

namespace Emulator.Tests.Fuzz;

/// <summary>A <see cref="ShapeSample"/> as query-protocol parameters (<c>Name.member.1</c>, <c>Name.entry.1.key</c>, ...).</summary>
public static class SampleQuery
{
    public static List<KeyValuePair<string, string>> Parameters(ShapeSample sample)
    {
        var parameters = new List<KeyValuePair<string, string>>();
        Structure(parameters, sample, "");
        return parameters;
    }

    /// <summary>Parameters form-encoded, as a query request's body.</summary>
    public static byte[] Form(IEnumerable<KeyValuePair<string, string>> parameters) =>
        Encoding.UTF8.GetBytes(string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}")));

    private static void Structure(List<KeyValuePair<string, string>> parameters, ShapeSample sample, string prefix)
    {
        foreach (var (member, value) in sample.Members) Value(parameters, member.Kind, member, value, prefix + member.QueryName);
    }

    private static void Value(List<KeyValuePair<string, string>> parameters, MemberKind kind, ShapeMember member, object value, string key)
    {
        switch (kind)
        {
            case MemberKind.Structure:
                Structure(parameters, (ShapeSample)value, key + ".");
                break;
            case MemberKind.List:
                var items = (List<object>)value;
                var itemPrefix = member.Flattened ? key + "." : $"{key}.{member.ListMember}.";
                for (var i = 0; i < items.Count; i++) Value(parameters, member.ElementKind, member, items[i], itemPrefix + (i + 1));
                break;
            case MemberKind.Map:
                var entries = (List<KeyValuePair<string, object>>)value;
                var entryPrefix = member.Flattened ? key + "." : key + ".entry.";
                for (var i = 0; i < entries.Count; i++)
                {
                    parameters.Add(new($"{entryPrefix}{i + 1}.{member.MapKey}", entries[i].Key));
                    Value(parameters, member.ElementKind, member, entries[i].Value, $"{entryPrefix}{i + 1}.{member.MapValue}");
                }
                break;
            default:
                parameters.Add(new(key, ScalarText.Format(kind, value)));
                break;
        }
    }
}
