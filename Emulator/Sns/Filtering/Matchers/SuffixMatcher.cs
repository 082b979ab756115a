namespace Emulator.Sns.Filtering.Matchers;

/// <summary><c>suffix</c>, optionally with <c>equals-ignore-case</c>; strings only.</summary>
internal sealed class SuffixMatcher(string suffix, StringComparison comparison) : ValueMatcher
{
    public override bool Matches(in FilterValue value) =>
        value.Kind == FilterValueKind.String && value.Text!.EndsWith(suffix, comparison);
}
