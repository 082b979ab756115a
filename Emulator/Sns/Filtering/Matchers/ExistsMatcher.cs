namespace Emulator.Sns.Filtering.Matchers;

/// <summary><c>{"exists": true}</c> matches a present key whatever its value; <c>{"exists": false}</c> only an absent one.</summary>
internal sealed class ExistsMatcher(bool mustExist) : FieldMatcher
{
    public override bool Matches(in FieldValues field) => field.IsPresent == mustExist;
}
