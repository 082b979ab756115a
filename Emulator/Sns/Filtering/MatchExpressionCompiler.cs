using Emulator.Sns.Filtering.Matchers;
using Newtonsoft.Json.Linq;

namespace Emulator.Sns.Filtering;

/// <summary>
/// Compiles one element of a policy key's array: a string, number, <c>true</c>, <c>false</c> or <c>null</c> to match
/// exactly, or a one-key object naming an operator. Messages follow AWS's rule parser, which SNS reports verbatim.
/// </summary>
internal static class MatchExpressionCompiler
{
    private const string OnlyOneKey = "Only one key allowed in match expression";

    public static FieldMatcher Compile(JToken element) => element.Type switch
    {
        JTokenType.String => new StringEqualsMatcher((string)element!, StringComparison.Ordinal),
        JTokenType.Integer or JTokenType.Float =>
            new NumberEqualsMatcher(PolicyTokens.NumberText(element), FilterNumber.Comparable(PolicyTokens.NumberText(element))),
        JTokenType.Boolean => new LiteralMatcher((bool)element ? FilterValueKind.True : FilterValueKind.False),
        JTokenType.Null => new LiteralMatcher(FilterValueKind.Null),
        JTokenType.Object => CompileOperator((JObject)element),
        _ => throw FilterPolicyErrors.At("Match value must be String, number, true, false, or null", element),
    };

    private static FieldMatcher CompileOperator(JObject expression)
    {
        var properties = expression.Properties().ToList();
        if (properties.Count == 0) throw FilterPolicyErrors.After("Match expression name not found", expression);
        var (name, operand) = (properties[0].Name, properties[0].Value);
        FieldMatcher matcher = name switch
        {
            "prefix" => operand is JObject ignoreCase
                ? new PrefixMatcher(IgnoreCaseOperand(ignoreCase, "Prefix", "prefix"), StringComparison.OrdinalIgnoreCase)
                : new PrefixMatcher(StringOperand(operand, name), StringComparison.Ordinal),
            "suffix" => operand is JObject ignoreCase
                ? new SuffixMatcher(IgnoreCaseOperand(ignoreCase, "Suffix", "suffix"), StringComparison.OrdinalIgnoreCase)
                : new SuffixMatcher(StringOperand(operand, name), StringComparison.Ordinal),
            "equals-ignore-case" => new StringEqualsMatcher(StringOperand(operand, name), StringComparison.OrdinalIgnoreCase),
            "wildcard" => new WildcardMatcher(WildcardPattern.Parse(StringOperand(operand, name))),
            // AWS's parser names the prefix operator when a cidr is not a string.
            "cidr" => CidrMatcher.Parse(StringOperand(operand, "prefix")),
            "numeric" => NumericExpressionCompiler.Compile(operand),
            "anything-but" => AnythingButCompiler.Compile(operand),
            "exists" => operand.Type == JTokenType.Boolean
                ? new ExistsMatcher((bool)operand)
                : throw FilterPolicyErrors.At("exists match pattern must be either true or false.", operand),
            _ => throw FilterPolicyErrors.At($"Unrecognized match type {name}", operand),
        };
        if (properties.Count > 1)
            throw FilterPolicyErrors.At(name is "numeric" or "anything-but" ? "Too many elements in numeric expression" : OnlyOneKey, properties[1].Value);
        return matcher;
    }

    private static string StringOperand(JToken operand, string name) => operand.Type == JTokenType.String
        ? (string)operand!
        : throw FilterPolicyErrors.At($"{name} match pattern must be a string", operand);

    /// <summary>The operand of <c>{"prefix": {"equals-ignore-case": "..."}}</c> and of its suffix twin.</summary>
    private static string IgnoreCaseOperand(JObject expression, string label, string name)
    {
        var properties = expression.Properties().ToList();
        if (properties.Count == 0) throw FilterPolicyErrors.After($"{label} expression name not found", expression);
        if (properties[0].Name != "equals-ignore-case")
            throw FilterPolicyErrors.At($"Unsupported {name} pattern: {properties[0].Name}", properties[0].Value);
        var text = StringOperand(properties[0].Value, "equals-ignore-case");
        if (properties.Count > 1) throw FilterPolicyErrors.At(OnlyOneKey, properties[1].Value);
        return text;
    }
}
