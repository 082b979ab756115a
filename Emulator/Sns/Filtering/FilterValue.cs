using System.Globalization;
using Newtonsoft.Json.Linq;

namespace Emulator.Sns.Filtering;

internal enum FilterValueKind { String, Number, True, False, Null }

/// <summary>
/// One value of a message field, typed as JSON types it: strings match string conditions, numbers numeric ones.
/// <see cref="Text"/> is the string, or a number as the message wrote it; <see cref="Comparable"/> is the number SNS compares.
/// </summary>
internal readonly record struct FilterValue(FilterValueKind Kind, string? Text, decimal? Comparable)
{
    public static readonly FilterValue True = new(FilterValueKind.True, null, null);
    public static readonly FilterValue False = new(FilterValueKind.False, null, null);
    public static readonly FilterValue Null = new(FilterValueKind.Null, null, null);

    public static FilterValue String(string text) => new(FilterValueKind.String, text, null);

    public static FilterValue Number(string text) => new(FilterValueKind.Number, text, FilterNumber.Comparable(text));

    /// <summary>A scalar JSON value; null for objects and arrays, which are not values of their own.</summary>
    public static FilterValue? FromJson(JToken token) => token.Type switch
    {
        JTokenType.String => String((string)token!),
        JTokenType.Integer or JTokenType.Float => Number(((JValue)token).ToString(CultureInfo.InvariantCulture)),
        JTokenType.Boolean => (bool)token ? True : False,
        JTokenType.Null => Null,
        _ => null,
    };
}
