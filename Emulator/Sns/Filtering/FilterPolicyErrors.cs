using Newtonsoft.Json.Linq;

namespace Emulator.Sns.Filtering;

/// <summary>The errors SNS answers when a filter policy is rejected, in AWS's wording.</summary>
internal static class FilterPolicyErrors
{
    public static AwsError Invalid(string reason) =>
        new("InvalidParameter", $"Invalid parameter: FilterPolicy: {reason}");

    /// <summary>A reason AWS's parser gives where it meets <paramref name="token"/> (see <see cref="PolicyLocations.At"/>).</summary>
    public static AwsError At(string reason, JToken token) => Invalid(reason + PolicyLocations.At(token));

    /// <summary>A reason AWS's parser gives once it has read all of <paramref name="token"/>.</summary>
    public static AwsError After(string reason, JToken token) => Invalid(reason + PolicyLocations.After(token));

    /// <summary>A reason given at an array's element <paramref name="index"/>, or past the array's end when it has no such element.</summary>
    public static AwsError AtElement(string reason, JArray array, int index) =>
        index < array.Count ? At(reason, array[index]) : After(reason, array);

    public static AwsError NestedAttributePolicy() =>
        new("InvalidParameter", "Invalid parameter: Filter policy scope MessageAttributes does not support nested filter policy");
}
