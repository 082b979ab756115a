namespace Emulator.Sns.Filtering.Matchers;

/// <summary><c>true</c>, <c>false</c> or <c>null</c> in the policy array: matches the same JSON literal, never an absent key.</summary>
internal sealed class LiteralMatcher(FilterValueKind kind) : ValueMatcher
{
    public override bool Matches(in FilterValue value) => value.Kind == kind;
}
