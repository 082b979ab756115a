namespace Emulator.Sns.Filtering.Matchers;

/// <summary><c>numeric</c> with <c>=</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c> or a two-sided range; a missing bound is open.</summary>
internal sealed class NumericRangeMatcher(decimal? lower, bool lowerInclusive, decimal? upper, bool upperInclusive) : ValueMatcher
{
    public override bool Matches(in FilterValue value)
    {
        if (value.Kind != FilterValueKind.Number || value.Comparable is not { } number) return false;
        if (lower is { } low && (lowerInclusive ? number < low : number <= low)) return false;
        if (upper is { } high && (upperInclusive ? number > high : number >= high)) return false;
        return true;
    }
}
