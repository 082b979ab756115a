namespace Emulator.Sns.Filtering;

/// <summary>
/// What a message holds under one policy key. A present field can have no values (an empty <c>String.Array</c>).
/// <see cref="IsAttributeArray"/> marks a <c>String.Array</c> attribute, where AWS documents that anything-but
/// matches only if none of the elements is excluded.
/// </summary>
internal readonly record struct FieldValues(bool IsPresent, IReadOnlyList<FilterValue> Values, bool IsAttributeArray)
{
    public static readonly FieldValues Absent = new(false, [], false);
}
