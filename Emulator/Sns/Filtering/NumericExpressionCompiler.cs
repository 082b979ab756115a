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
        if (operand is not JArray terms) throw FilterPolicyErrors.Invalid("Value of numeric must be an array.");
        var first = Term(terms, 0);
        if (first?.Type != JTokenType.String)
            throw FilterPolicyErrors.Invalid($"Invalid member in numeric match: {PolicyTokens.Describe(first)}");

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
                throw FilterPolicyErrors.Invalid($"Unrecognized numeric range operator: {op}");
        }
    }

    private static NumericRangeMatcher CompleteRange(JArray terms, decimal lower, bool lowerInclusive)
    {
        var second = Term(terms, 2);
        if (second?.Type != JTokenType.String)
            throw FilterPolicyErrors.Invalid($"Bad value in numeric range: {PolicyTokens.Describe(second)}");
        var op = (string)second!;
        if (op is not ("<" or "<="))
            throw FilterPolicyErrors.Invalid($"Bad numeric range operator: {op}");
        var upper = Bound(terms, 3, op);
        RequireEnd(terms, 4, "Too many terms in numeric range expression");
        if (lower >= upper) throw FilterPolicyErrors.Invalid("Bottom must be less than top");
        return new NumericRangeMatcher(lower, lowerInclusive, upper, op == "<=");
    }

    private static decimal Bound(JArray terms, int index, string name)
    {
        var term = Term(terms, index);
        if (!PolicyTokens.IsNumber(term)) throw FilterPolicyErrors.Invalid($"Value of {name} must be numeric");
        return PolicyTokens.Comparable(term!);
    }

    private static void RequireEnd(JArray terms, int count, string error)
    {
        if (terms.Count > count) throw FilterPolicyErrors.Invalid(error);
    }

    private static JToken? Term(JArray terms, int index) => index < terms.Count ? terms[index] : null;
}
