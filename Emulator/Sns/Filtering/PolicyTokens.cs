using System.Globalization;
using Newtonsoft.Json.Linq;

namespace Emulator.Sns.Filtering;

/// <summary>Small readings of policy JSON shared by the compilers, including how AWS's messages quote a token.</summary>
internal static class PolicyTokens
{
    public static bool IsNumber(JToken? token) => token?.Type is JTokenType.Integer or JTokenType.Float;

    public static string NumberText(JToken number) => ((JValue)number).ToString(CultureInfo.InvariantCulture);

    /// <summary>The number as compared, or the range error AWS gives for one it cannot compare.</summary>
    public static decimal Comparable(JToken number) =>
        FilterNumber.Comparable(NumberText(number)) ?? throw FilterPolicyErrors.After(FilterNumber.OutOfRange, number);

    /// <summary>The token as AWS's parser names it in errors; a missing token is the array's closing bracket.</summary>
    public static string Describe(JToken? token) => token switch
    {
        null => "]",
        JObject => "{",
        JArray => "[",
        { Type: JTokenType.String } => (string)token!,
        { Type: JTokenType.Null } => "null",
        { Type: JTokenType.Boolean } => (bool)token ? "true" : "false",
        _ => NumberText(token),
    };
}
