namespace Emulator.Sns.Filtering.Matchers;

/// <summary>
/// <c>anything-but</c>: a present value that none of the excluded conditions matches. An absent key does not match
/// (pair it with <c>{"exists": false}</c> for that). For a String.Array attribute every element must pass, as the
/// string matching page documents; in a message body, as for every other condition, one element is enough.
/// </summary>
internal sealed class AnythingButMatcher(IReadOnlyList<ValueMatcher> excluded) : FieldMatcher
{
    public override bool Matches(in FieldValues field)
    {
        if (field.Values.Count == 0) return false;
        foreach (var value in field.Values)
        {
            var passes = !IsExcluded(value);
            if (passes && !field.IsAttributeArray) return true;
            if (!passes && field.IsAttributeArray) return false;
        }
        return field.IsAttributeArray;
    }

    private bool IsExcluded(in FilterValue value)
    {
        foreach (var matcher in excluded)
            if (matcher.Matches(value)) return true;
        return false;
    }
}
