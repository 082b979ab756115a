namespace Emulator.Sns.Filtering.Matchers;

/// <summary>One element of a policy key's array: it accepts or rejects what the message holds under that key.</summary>
internal abstract class FieldMatcher
{
    public abstract bool Matches(in FieldValues field);
}
