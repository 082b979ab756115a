using System.Text.RegularExpressions;

namespace Emulator.Sns.Subscriptions;

/// <summary>
/// Phone numbers as SNS reads them: one to publish to or opt in is in E.164 format (a plus sign and up to 15 digits,
/// the first not zero); an SMS subscription's endpoint may also group its digits with single hyphens.
/// </summary>
public static partial class PhoneNumbers
{
    public static bool IsValid(string? number) => number is not null && E164().IsMatch(number);

    /// <summary>A number Publish can send to, with AWS's reason when it cannot.</summary>
    public static void CheckTarget(string? number)
    {
        if (!IsValid(number)) throw SnsErrors.InvalidParameter($"PhoneNumber Reason: {number} is not valid to publish to");
    }

    /// <summary>A number the opt-out operations take, with AWS's reason when they do not.</summary>
    public static void CheckFormat(string? number)
    {
        if (!IsValid(number)) throw SnsErrors.InvalidParameter("PhoneNumber Reason: input incorrectly formatted");
    }

    /// <summary>An SMS subscription's endpoint.</summary>
    public static void CheckEndpoint(string number)
    {
        if (!SmsEndpoint().IsMatch(number) || number.Count(char.IsAsciiDigit) > 15)
            throw SnsErrors.InvalidParameterUnprefixed($"Invalid SMS endpoint: {number}");
    }

    [GeneratedRegex(@"^\+?[1-9]\d{1,14}$")]
    private static partial Regex E164();

    [GeneratedRegex(@"^\+?\d+(-\d+)*$")]
    private static partial Regex SmsEndpoint();
}
