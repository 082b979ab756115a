using Emulator.Sns.Filtering.Matchers;
using Newtonsoft.Json.Linq;

namespace Emulator.Sns.Filtering;

/// <summary>
/// Compiles <c>{"anything-but": ...}</c>: one string or number, a list of strings or of numbers, or an object naming
/// <c>prefix</c>, <c>suffix</c>, <c>equals-ignore-case</c> or <c>wildcard</c> with one string or a list of strings.
/// </summary>
internal static class AnythingButCompiler
{
    private const string NotArrayOrValue = "Value of anything-but must be an array or single string/number value.";

    public static AnythingButMatcher Compile(JToken operand) => operand switch
    {
        JObject pattern => new AnythingButMatcher(CompilePattern(pattern)),
        JArray list => new AnythingButMatcher(CompileList(list)),
        { Type: JTokenType.String } => new AnythingButMatcher([Exact(operand)]),
        _ when PolicyTokens.IsNumber(operand) => new AnythingButMatcher([Exact(operand)]),
        _ => throw FilterPolicyErrors.At(NotArrayOrValue, operand),
    };

    private static List<ValueMatcher> CompileList(JArray list)
    {
        var hasString = false;
        var hasNumber = false;
        var excluded = new List<ValueMatcher>();
        foreach (var value in list)
        {
            if (value.Type == JTokenType.String) hasString = true;
            else if (PolicyTokens.IsNumber(value)) hasNumber = true;
            else throw FilterPolicyErrors.At("Inside anything but list, start|null|boolean is not supported.", value);
            excluded.Add(Exact(value));
        }
        if (hasString == hasNumber)
            throw FilterPolicyErrors.After("Inside anything but list, either all values are number or string, mixed type is not supported", list);
        return excluded;
    }

    private static ValueMatcher Exact(JToken value) => value.Type == JTokenType.String
        ? new StringEqualsMatcher((string)value!, StringComparison.Ordinal)
        : new NumberEqualsMatcher(PolicyTokens.NumberText(value), PolicyTokens.Comparable(value));

    private static List<ValueMatcher> CompilePattern(JObject pattern)
    {
        var properties = pattern.Properties().ToList();
        if (properties.Count == 0) throw FilterPolicyErrors.After("Anything-But expression name not found", pattern);
        var (name, operand) = (properties[0].Name, properties[0].Value);
        Func<string, ValueMatcher> compile = name switch
        {
            "equals-ignore-case" => text => new StringEqualsMatcher(text, StringComparison.OrdinalIgnoreCase),
            "prefix" => text => new PrefixMatcher(NotEmpty(text), StringComparison.Ordinal),
            "wildcard" => text => new WildcardMatcher(WildcardPattern.Parse(text)),
            _ => throw FilterPolicyErrors.At($"Unsupported anything-but pattern: {name}", operand),
        };
        if (operand is not JArray && operand.Type != JTokenType.String) throw FilterPolicyErrors.At(NotStringError(name), operand);

        var excluded = new List<ValueMatcher>();
        foreach (var value in operand is JArray list ? list : [operand])
        {
            if (value.Type != JTokenType.String) throw FilterPolicyErrors.At(NotStringError(name), value);
            excluded.Add(compile((string)value!));
        }
        if (properties.Count > 1) throw FilterPolicyErrors.At("Too many elements in numeric expression", properties[1].Value);
        return excluded;
    }

    private static string NotEmpty(string text) =>
        text.Length > 0 ? text : throw FilterPolicyErrors.Invalid("Null prefix not allowed");

    private static string NotStringError(string name) => name switch
    {
        "equals-ignore-case" => "Inside anything-but/equals-ignore-case list, number|start|null|boolean is not supported.",
        "wildcard" => "wildcard match pattern must be a string",
        _ => $"{name} match pattern must be a string",
    };
}
