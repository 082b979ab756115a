using Emulator.Sns.Filtering.Matchers;
using Newtonsoft.Json.Linq;

namespace Emulator.Sns.Filtering;

/// <summary>
/// Compiles <c>{"numeric": [...]}</c>: <c>["=", n]</c>, <c>["&lt;", n]</c>, <c>["&lt;=", n]</c>, <c>["&gt;", n]</c>,
/// <c>["&gt;=", n]</c>, or a lower bound followed by an upper bound, with AWS's message for each malformed form.
/// </summary>
internal static class NumericExpressionCompiler
{
    private const string TooManyElements = "Too many elements in numeric expression";

    public static NumericRangeMatcher Compile(JToken operand)
    {
        if (operand is not JArray terms) throw FilterPolicyErrors.At("Value of numeric must be an array.", operand);
        var first = Term(terms, 0);
        if (first?.Type != JTokenType.String)
            throw FilterPolicyErrors.AtElement($"Invalid member in numeric match: {PolicyTokens.Describe(first)}", terms, 0);

        var op = (string)first!;
        switch (op)
        {
            case "=":
                var equal = Bound(terms, 1, "equals");
                RequireEnd(terms, 2, TooManyElements);
                return new NumericRangeMatcher(equal, true, equal, true);
            case ">" or ">=":
                var lower = Bound(terms, 1, op);
                return terms.Count == 2
                    ? new NumericRangeMatcher(lower, op == ">=", null, false)
                    : CompleteRange(terms, lower, op == ">=");
            case "<" or "<=":
                var upper = Bound(terms, 1, op);
                RequireEnd(terms, 2, TooManyElements);
                return new NumericRangeMatcher(null, false, upper, op == "<=");
            default:
                // AWS's parser reads the operand before it judges the operator.
                throw FilterPolicyErrors.AtElement($"Unrecognized numeric range operator: {op}", terms, 1);
        }
    }

    private static NumericRangeMatcher CompleteRange(JArray terms, decimal lower, bool lowerInclusive)
    {
        var second = Term(terms, 2);
        if (second?.Type != JTokenType.String)
            throw FilterPolicyErrors.AtElement($"Bad value in numeric range: {PolicyTokens.Describe(second)}", terms, 2);
        var op = (string)second!;
        if (op is not ("<" or "<="))
            throw FilterPolicyErrors.After($"Bad numeric range operator: {op}", second);
        var upper = Bound(terms, 3, op);
        RequireEnd(terms, 4, "Too many terms in numeric range expression");
        if (lower >= upper) throw FilterPolicyErrors.After("Bottom must be less than top", terms);
        return new NumericRangeMatcher(lower, lowerInclusive, upper, op == "<=");
    }

    private static decimal Bound(JArray terms, int index, string name)
    {
        var term = Term(terms, index);
        if (!PolicyTokens.IsNumber(term)) throw FilterPolicyErrors.AtElement($"Value of {name} must be numeric", terms, index);
        return PolicyTokens.Comparable(term!);
    }

    private static void RequireEnd(JArray terms, int count, string error)
    {
        if (terms.Count > count) throw FilterPolicyErrors.AtElement(error, terms, count);
    }

    private static JToken? Term(JArray terms, int index) => index < terms.Count ? terms[index] : null;
}
