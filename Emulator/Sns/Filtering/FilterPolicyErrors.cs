using Emulator.Protocol.Errors;

namespace Emulator.Sns.Filtering;

/// <summary>The errors SNS answers when a filter policy is rejected, in AWS's wording.</summary>
internal static class FilterPolicyErrors
{
    public static AwsError Invalid(string reason) =>
        new("InvalidParameter", $"Invalid parameter: FilterPolicy: {reason}");

    public static AwsError NestedAttributePolicy() =>
        new("InvalidParameter", "Invalid parameter: Filter policy scope MessageAttributes does not support nested filter policy");
}
