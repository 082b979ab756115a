namespace Emulator.Common;

/// <summary>
/// The tag rules SQS, SNS and Kinesis share: at most 50 tags on a resource, keys of 1 to 128 characters that do not
/// start with the reserved <c>aws:</c>, values of up to 256. Lengths count Unicode characters, not UTF-16 units.
/// Each service words its own error around the reason.
/// </summary>
public static class TagRules
{
    public const int MaxTags = 50;
    public const int MaxKeyLength = 128;
    public const int MaxValueLength = 256;

    public const string KeyLengthRule = "Tag keys must be between 1 and 128 characters in length.";

    /// <summary>Why a tag breaks the rules, or null when it keeps them.</summary>
    public static string? Violation(string key, string value)
    {
        if (Characters(key) is 0 or > MaxKeyLength) return KeyLengthRule;
        if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase)) return "Tag keys must not start with the reserved prefix aws:.";
        if (Characters(value) > MaxValueLength) return "Tag values must be between 0 and 256 characters in length.";
        return null;
    }

    private static int Characters(string text) => text.EnumerateRunes().Count();
}
