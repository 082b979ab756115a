namespace Emulator.Sns.Filtering.Matchers;

/// <summary><c>prefix</c>, optionally with <c>equals-ignore-case</c>; strings only.</summary>
internal sealed class PrefixMatcher(string prefix, StringComparison comparison) : ValueMatcher
{
    public override bool Matches(in FilterValue value) =>
        value.Kind == FilterValueKind.String && value.Text!.StartsWith(prefix, comparison);
}
