namespace Emulator.Sns.Filtering.Matchers;

/// <summary>A string in the policy array, or <c>equals-ignore-case</c> when the comparison ignores case.</summary>
internal sealed class StringEqualsMatcher(string expected, StringComparison comparison) : ValueMatcher
{
    public override bool Matches(in FilterValue value) =>
        value.Kind == FilterValueKind.String && string.Equals(value.Text, expected, comparison);
}
