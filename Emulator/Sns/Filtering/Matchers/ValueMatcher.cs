namespace Emulator.Sns.Filtering.Matchers;

/// <summary>A condition on single values: a field matches when any of its values does, so an absent field never matches.</summary>
internal abstract class ValueMatcher : FieldMatcher
{
    public abstract bool Matches(in FilterValue value);

    public sealed override bool Matches(in FieldValues field)
    {
        foreach (var value in field.Values)
            if (Matches(value)) return true;
        return false;
    }
}
