namespace Emulator.Sns.Filtering.Matchers;

/// <summary>
/// A number in the policy array: equal when both compare equal (301.5 and 3.015e2), or, for numbers outside the
/// comparable range such as account ids, when the message writes the number as the policy does.
/// </summary>
internal sealed class NumberEqualsMatcher(string literal, decimal? comparable) : ValueMatcher
{
    public override bool Matches(in FilterValue value) =>
        value.Kind == FilterValueKind.Number
        && ((comparable is not null && value.Comparable == comparable) || value.Text == literal);
}
