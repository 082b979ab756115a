namespace Emulator.Sns.Filtering.Matchers;

/// <summary><c>wildcard</c>: strings that fit the pattern.</summary>
internal sealed class WildcardMatcher(WildcardPattern pattern) : ValueMatcher
{
    public override bool Matches(in FilterValue value) =>
        value.Kind == FilterValueKind.String && pattern.Matches(value.Text!);
}
