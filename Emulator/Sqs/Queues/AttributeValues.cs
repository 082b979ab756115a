using System.Globalization;

namespace Emulator.Sqs.Queues;

/// <summary>Reads one attribute's text as the type SQS expects, answering bad text with SQS's InvalidAttributeValue.</summary>
public static class AttributeValues
{
    /// <summary>Plain decimal digits within the range; SQS rejects signs, blanks and fractions alike.</summary>
    public static int Integer(string name, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw Invalid(name);

    public static bool Boolean(string name, string value) =>
        bool.TryParse(value, out var flag) && value.Trim() == value ? flag : throw Invalid(name);

    public static string OneOf(string name, string value, params string[] allowed) =>
        allowed.Contains(value, StringComparer.Ordinal) ? value : throw Invalid(name);

    public static AwsError Invalid(string name) =>
        SqsErrors.InvalidAttributeValue($"Invalid value for the parameter {name}.");

    public static AwsError Invalid(string name, string reason) =>
        SqsErrors.InvalidAttributeValue($"Invalid value for the parameter {name}. Reason: {reason}");

    /// <summary>SQS's wording when a structured value (a JSON policy) breaks one of its rules.</summary>
    public static AwsError Invalid(string name, string value, string reason) =>
        SqsErrors.InvalidAttributeValue($"Value {value} for parameter {name} is invalid. Reason: {reason}");
}
