using System.Globalization;
using Emulator.Sns.Shapes;
using Newtonsoft.Json.Linq;

namespace Emulator.Sns.Publishing;

/// <summary>
/// SNS message attributes: names of up to 256 characters without the reserved <c>AWS.</c> and <c>Amazon.</c>
/// prefixes, a data type of String, String.Array, Number or Binary (with an optional custom suffix), and a value.
/// </summary>
public static class MessageAttributeRules
{
    public const int MaxAttributes = 10;

    /// <summary>
    /// An attribute without a data type fails AWS's request validation, which names the member by its path
    /// (<paramref name="path"/> is the attributes' own, <c>messageAttributes</c> for Publish).
    /// </summary>
    public static void RequireTypes(Dictionary<string, MessageAttributeValue>? attributes, string path)
    {
        foreach (var (name, value) in attributes ?? [])
            if (value.DataType is null) throw SnsErrors.MustNotBeNull($"{path}.{name}.member.dataType");
    }

    public static void Check(Dictionary<string, MessageAttributeValue>? attributes)
    {
        if (attributes is null) return;
        foreach (var (name, value) in attributes)
        {
            CheckName(name);
            var type = value.DataType ?? "";
            if (type.Length == 0)
                throw SnsErrors.ParameterValueInvalid($"The message attribute '{name}' must contain non-empty message attribute type.");
            var baseType = BaseType(type);
            switch (baseType)
            {
                case "String" or "Number" or "String.Array" when value.StringValue is null && value.BinaryValue is not null:
                    throw SnsErrors.ParameterValueInvalid($"The message attribute '{name}' with type '{baseType}' must use field 'String'.");
                case "Binary" when value.BinaryValue is null && value.StringValue is not null:
                    throw SnsErrors.ParameterValueInvalid($"The message attribute '{name}' with type 'Binary' must use field 'Binary'.");
                case "String" or "Number" or "String.Array" when string.IsNullOrEmpty(value.StringValue):
                    throw SnsErrors.ParameterValueInvalid(
                        $"The message attribute '{name}' must contain non-empty message attribute value for message attribute type '{baseType}'.");
                case "Binary" when value.BinaryValue is not { Length: > 0 }:
                    throw SnsErrors.ParameterValueInvalid(
                        $"The message attribute '{name}' must contain non-empty message attribute value for message attribute type 'Binary'.");
                case "Number":
                    CheckNumber(name, value.StringValue!);
                    break;
                case "String.Array":
                    CheckArray(name, value.StringValue!);
                    break;
                case "String" or "Binary":
                    break;
                default:
                    throw SnsErrors.ParameterValueInvalid(
                        $"The message attribute '{name}' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String.");
            }
        }
    }

    /// <summary>
    /// The data type without its custom suffix (<c>Number.float</c> is a Number); a dot with no suffix after it makes
    /// no known type.
    /// </summary>
    public static string BaseType(string dataType)
    {
        if (dataType.StartsWith("String.Array", StringComparison.Ordinal)) return "String.Array";
        var dot = dataType.IndexOf('.');
        return dot < 0 ? dataType : dot == dataType.Length - 1 ? "" : dataType[..dot];
    }

    private static void CheckName(string name)
    {
        if (System.Text.Encoding.UTF8.GetByteCount(name) > 256)
            throw SnsErrors.ParameterValueInvalid("Length of message attribute name must be less than 256 bytes.");
        if (name.FirstOrDefault(c => !(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.')) is not '\0' and var invalid)
            throw SnsErrors.ParameterValueInvalid($"Invalid non-alphanumeric character '#x{(int)invalid:X}' was found in the message attribute name. " +
                "Can only include alphanumeric characters, hyphens, underscores, or dots.");
        if (name.StartsWith('.')) throw SnsErrors.ParameterValueInvalid("Invalid message attribute name starting with character '.' was found.");
        if (name.EndsWith('.')) throw SnsErrors.ParameterValueInvalid("Invalid message attribute name ending with character '.' was found.");
        if (name.Contains("..")) throw SnsErrors.ParameterValueInvalid("Message attribute name can not have successive '.' character.");
        if (name.Length == 0 || name.StartsWith("AWS.", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Amazon.", StringComparison.OrdinalIgnoreCase))
            throw SnsErrors.ParameterValueInvalid($"The message attribute name '{name}' is invalid. Reason: Message attribute name can only contain alphanumeric characters, hyphens, underscores and dots, and may not start or end with a dot, contain consecutive dots, or start with AWS. or Amazon.");
    }

    /// <summary>Numbers: a value SNS can hold, between -1e9 and 1e9 with up to five decimal places.</summary>
    private static void CheckNumber(string name, string text)
    {
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            throw SnsErrors.ParameterValueInvalid($"An invalid or out-of-range value '{text}' was supplied for the message attribute '{name}' of type 'Number'.");
        if (Math.Abs(number) > 1_000_000_000m)
            throw SnsErrors.ParameterValueInvalid($"Value {text} for parameter MessageAttributes is invalid. Reason: Number attribute value must be between -1e9 and 1e9.");
    }

    private static void CheckArray(string name, string text)
    {
        try
        {
            if (JToken.Parse(text) is JArray array && array.All(t => t.Type is JTokenType.String or JTokenType.Integer
                    or JTokenType.Float or JTokenType.Boolean or JTokenType.Null))
                return;
        }
        catch (Newtonsoft.Json.JsonException)
        {
        }
        throw SnsErrors.ParameterValueInvalid(
            $"The message attribute '{name}' with type 'String.Array' must contain a JSON array of strings, numbers, true, false or null.");
    }
}
