using System.Globalization;
using Emulator.Sqs.Shapes;

namespace Emulator.Sqs.Validation;

/// <summary>The rules of user and system message attributes, as the SQS developer guide states them.</summary>
public static class MessageAttributes
{
    public const int MaxAttributes = 10;
    public const string TraceHeader = "AWSTraceHeader";

    public static void Check(IReadOnlyDictionary<string, MessageAttributeValue>? attributes)
    {
        if (attributes is null) return;
        if (attributes.Count > MaxAttributes)
            throw CommonErrors.InvalidParameterValue(
                $"Number of message attributes [{attributes.Count}] exceeds the allowed maximum [{MaxAttributes}].");
        foreach (var (name, value) in attributes)
        {
            CheckName(name);
            CheckValue(name, value, "user");
        }
    }

    public static void CheckSystem(IReadOnlyDictionary<string, MessageAttributeValue>? attributes)
    {
        if (attributes is null) return;
        foreach (var (name, value) in attributes)
        {
            if (name != TraceHeader)
                throw CommonErrors.InvalidParameterValue($"Message system attribute name '{name}' is invalid.");
            if (value.DataType != "String")
                throw CommonErrors.InvalidParameterValue($"Message system attribute '{name}' must have data type String.");
            CheckValue(name, value, "system");
        }
    }

    private static void CheckName(string name)
    {
        var invalid = name.Length is 0 or > 256
                      || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.')
                      || name.StartsWith('.') || name.EndsWith('.') || name.Contains("..")
                      || name.StartsWith("AWS.", StringComparison.OrdinalIgnoreCase)
                      || name.StartsWith("Amazon.", StringComparison.OrdinalIgnoreCase);
        if (invalid)
            throw CommonErrors.InvalidParameterValue(
                $"Message (user) attribute name '{name}' is invalid. Attribute names can contain only A-Z, a-z, 0-9, underscore (_), hyphen (-) and period (.), must not start or end with a period, must not have successive periods, must not start with 'AWS.' or 'Amazon.', and can be up to 256 characters long.");
    }

    private static void CheckValue(string name, MessageAttributeValue value, string kind)
    {
        var dataType = value.DataType;
        if (string.IsNullOrEmpty(dataType))
            throw CommonErrors.InvalidParameterValue($"The message attribute '{name}' must contain non-empty message attribute type.");
        var dot = dataType.IndexOf('.');
        var baseType = dot < 0 ? dataType : dataType[..dot];
        if (dataType.Length > 256 || baseType is not ("String" or "Number" or "Binary") || dot == dataType.Length - 1)
            throw CommonErrors.InvalidParameterValue(
                $"The message attribute '{name}' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String.");
        if (value.StringListValues is { Count: > 0 } || value.BinaryListValues is { Count: > 0 })
            throw CommonErrors.InvalidParameterValue(
                $"Message ({kind}) attribute '{name}' uses list values, which Amazon SQS does not implement.");

        if (baseType == "Binary")
        {
            if (value.BinaryValue is not { Length: > 0 } || value.StringValue is not null)
                throw CommonErrors.InvalidParameterValue(
                    $"Message ({kind}) attribute '{name}' must contain a non-empty value of type '{baseType}'.");
            return;
        }
        if (string.IsNullOrEmpty(value.StringValue) || value.BinaryValue is not null)
            throw CommonErrors.InvalidParameterValue(
                $"Message ({kind}) attribute '{name}' must contain a non-empty value of type '{baseType}'.");
        MessageContent.CheckCharacters(value.StringValue);
        if (baseType == "Number" && !IsSqsNumber(value.StringValue))
            throw CommonErrors.InvalidParameterValue(
                $"Value {value.StringValue} for parameter MessageAttributes.{name} is invalid. Reason: Number values must be numeric, with up to 38 digits of precision, between -10^128 and +10^126.");
    }

    /// <summary>SQS numbers: up to 38 significant digits, from -10^128 to +10^126.</summary>
    private static bool IsSqsNumber(string text)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || double.IsInfinity(number))
            return false;
        if (number > 1e126 || number < -1e128) return false;
        var mantissa = text.Split('e', 'E')[0];
        var digits = mantissa.Where(char.IsAsciiDigit).SkipWhile(d => d == '0').Count();
        return digits <= 38;
    }
}
