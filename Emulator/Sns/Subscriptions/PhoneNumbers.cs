using System.Text.RegularExpressions;

namespace Emulator.Sns.Subscriptions;

/// <summary>Phone numbers in E.164 format: a plus sign and up to 15 digits, the first not zero.</summary>
public static partial class PhoneNumbers
{
    public static bool IsValid(string? number) => number is not null && E164().IsMatch(number);

    public static void Check(string? number, string parameter)
    {
        if (!IsValid(number)) throw SnsErrors.InvalidParameter($"{parameter} Reason: {number} does not meet the E164 format");
    }

    [GeneratedRegex(@"^\+?[1-9]\d{1,14}$")]
    private static partial Regex E164();
}
