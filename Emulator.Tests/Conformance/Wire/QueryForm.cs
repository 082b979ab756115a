using Newtonsoft.Json.Linq;

namespace Emulator.Tests.Conformance.Wire;

/// <summary>Writes a request given as JSON members as the query protocol's form fields, in a service's dialect.</summary>
public static class QueryForm
{
    public static List<KeyValuePair<string, string>> Fields(string operation, string version, JObject parameters, QueryDialect dialect)
    {
        var fields = new List<KeyValuePair<string, string>> { new("Action", operation), new("Version", version) };
        foreach (var property in parameters.Properties()) Add(fields, operation, dialect, property.Name, property.Name, property.Value);
        return fields;
    }

    private static void Add(List<KeyValuePair<string, string>> fields, string operation, QueryDialect dialect,
        string prefix, string member, JToken value)
    {
        switch (value)
        {
            case JObject map when dialect.Maps.TryGetValue(member, out var spelling):
                var entries = map.Properties().ToList();
                var entryPrefix = dialect.Flattened ? QualifiedName(prefix, member, spelling.FlattenedName!) : $"{prefix}.entry";
                for (var i = 0; i < entries.Count; i++)
                {
                    fields.Add(new($"{entryPrefix}.{i + 1}.{spelling.KeyName}", entries[i].Name));
                    Add(fields, operation, dialect, $"{entryPrefix}.{i + 1}.{spelling.ValueName}", spelling.ValueName, entries[i].Value);
                }
                break;
            case JObject structure:
                foreach (var property in structure.Properties())
                    Add(fields, operation, dialect, $"{prefix}.{property.Name}", property.Name, property.Value);
                break;
            case JArray list:
                var itemPrefix = dialect.Flattened
                    ? QualifiedName(prefix, member, dialect.ListItemName(operation, member))
                    : $"{prefix}.member";
                for (var i = 0; i < list.Count; i++) Add(fields, operation, dialect, $"{itemPrefix}.{i + 1}", member, list[i]);
                break;
            case JValue { Type: JTokenType.Boolean } boolean:
                fields.Add(new(prefix, (bool)boolean ? "true" : "false"));
                break;
            case JValue { Type: JTokenType.Null }:
                break;
            default:
                fields.Add(new(prefix, value.ToString()));
                break;
        }
    }

    // A flattened list or map takes the item's name in place of the member's: Attributes.1 becomes Attribute.1.
    private static string QualifiedName(string prefix, string member, string itemName) =>
        prefix.Length == member.Length ? itemName : prefix[..^member.Length] + itemName;
}
