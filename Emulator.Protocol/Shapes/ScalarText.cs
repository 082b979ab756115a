using System.Globalization;
using Emulator.Protocol.Errors;

namespace Emulator.Protocol.Shapes;

/// <summary>Scalars as the query protocol and XML write them.</summary>
public static class ScalarText
{
    private static readonly double MinMillis = DateTimeOffset.MinValue.ToUnixTimeMilliseconds();
    private static readonly double MaxMillis = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

    public static object Parse(MemberKind kind, string text, string parameter) => kind switch
    {
        MemberKind.String => text,
        MemberKind.Utf8Text => Utf8Text.From(text),
        MemberKind.Int32 => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i)
            ? i : throw Invalid(text, parameter, "an integer"),
        MemberKind.Int64 => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
            ? l : throw Invalid(text, parameter, "an integer"),
        MemberKind.Double => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d : throw Invalid(text, parameter, "a number"),
        MemberKind.Boolean => bool.TryParse(text, out var b) ? b : throw Invalid(text, parameter, "a boolean"),
        MemberKind.Blob => ParseBase64(text, parameter),
        MemberKind.Timestamp => ParseTimestamp(text, parameter),
        _ => throw new InvalidOperationException($"{kind} is not a scalar."),
    };

    public static string Format(MemberKind kind, object value) => kind switch
    {
        MemberKind.String => (string)value,
        MemberKind.Utf8Text => value.ToString()!,
        MemberKind.Int32 => ((int)value).ToString(CultureInfo.InvariantCulture),
        MemberKind.Int64 => ((long)value).ToString(CultureInfo.InvariantCulture),
        MemberKind.Double => ((double)value).ToString("R", CultureInfo.InvariantCulture),
        MemberKind.Boolean => (bool)value ? "true" : "false",
        MemberKind.Blob => Convert.ToBase64String(BlobValue.Span(value)),
        MemberKind.Timestamp => ((DateTimeOffset)value).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"{kind} is not a scalar."),
    };

    private static byte[] ParseBase64(string text, string parameter)
    {
        try { return Base64Text.Decode(text); }
        catch (FormatException) { throw Invalid(text, parameter, "base64-encoded binary data"); }
    }

    private static DateTimeOffset ParseTimestamp(string text, string parameter)
    {
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)) return t;
        // Epoch seconds past the range of dates (or NaN) are no timestamp either.
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            && seconds * 1000 >= MinMillis && seconds * 1000 <= MaxMillis)
            return DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000));
        throw Invalid(text, parameter, "a timestamp");
    }

    private static AwsError Invalid(string text, string parameter, string expected) =>
        CommonErrors.InvalidParameterValue($"Value {text} for parameter {parameter} is invalid. Reason: must be {expected}.");
}
