using Emulator.Sns.Filtering.Matchers;

namespace Emulator.Sns.Filtering;

/// <summary>The array under a policy key: the field matches when any one of its conditions does.</summary>
internal sealed class FieldRule(IReadOnlyList<FieldMatcher> conditions)
{
    public bool Matches(in FieldValues field)
    {
        foreach (var condition in conditions)
            if (condition.Matches(field)) return true;
        return false;
    }
}
