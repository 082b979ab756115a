using Newtonsoft.Json.Linq;

namespace Emulator.Sns.Filtering;

/// <summary>
/// Reads a message body property as filtering sees it: a scalar is one value, an array contributes every scalar it
/// holds at any depth, and an object is not a value. A property with no values (an empty array) reads as absent.
/// </summary>
internal static class BodyValues
{
    public static FieldValues Read(JToken? property)
    {
        if (property is null) return FieldValues.Absent;
        var values = new List<FilterValue>();
        foreach (var element in Flatten(property))
            if (FilterValue.FromJson(element) is { } value) values.Add(value);
        return values.Count == 0 ? FieldValues.Absent : new FieldValues(true, values, false);
    }

    /// <summary>The token itself, or the elements of an array and of the arrays inside it (without recursion: bodies can nest deeply).</summary>
    public static IEnumerable<JToken> Flatten(JToken token)
    {
        if (token is not JArray) 
        {
            yield return token;
            yield break;
        }
        var pending = new Stack<IEnumerator<JToken>>();
        pending.Push(token.Children().GetEnumerator());
        while (pending.Count > 0)
        {
            var enumerator = pending.Peek();
            if (!enumerator.MoveNext())
            {
                pending.Pop();
                continue;
            }
            if (enumerator.Current is JArray inner) pending.Push(inner.Children().GetEnumerator());
            else yield return enumerator.Current;
        }
    }
}
