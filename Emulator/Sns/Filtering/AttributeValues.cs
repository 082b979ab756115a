using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Emulator.Sns.Filtering;

/// <summary>
/// Reads a message attribute as filtering sees it: String as one string, Number as one number, String.Array as its
/// JSON elements. Binary attributes are ignored by filtering, so they read as absent.
/// </summary>
internal static class AttributeValues
{
    public static FieldValues Read(IReadOnlyDictionary<string, FilterAttribute> attributes, string name)
    {
        if (!attributes.TryGetValue(name, out var attribute) || attribute.StringValue is not { } text) return FieldValues.Absent;
        var type = attribute.DataType;
        if (type == "String.Array") return new FieldValues(true, ArrayElements(text), true);
        if (IsOfType(type, "String")) return new FieldValues(true, [FilterValue.String(text)], false);
        if (IsOfType(type, "Number")) return new FieldValues(true, [FilterValue.Number(text.Trim())], false);
        return FieldValues.Absent;
    }

    private static bool IsOfType(string dataType, string baseType) =>
        dataType.StartsWith(baseType, StringComparison.Ordinal)
        && (dataType.Length == baseType.Length || dataType[baseType.Length] == '.');

    private static List<FilterValue> ArrayElements(string json)
    {
        var values = new List<FilterValue>();
        try
        {
            if (JsonDocuments.Parse(json) is JArray array)
                foreach (var element in array)
                    if (FilterValue.FromJson(element) is { } value) values.Add(value);
        }
        catch (JsonException)
        {
            // SNS checks String.Array values when they are published; one that is not JSON has nothing to match.
        }
        return values;
    }
}
