using System.Globalization;

namespace Emulator.Sns.Filtering;

/// <summary>
/// Numbers as SNS compares them: from -1e9 to 1e9, with five digits of accuracy after the decimal point.
/// A number outside that range has no comparable form; it can still equal a policy number written the same way.
/// </summary>
internal static class FilterNumber
{
    public const decimal Limit = 1_000_000_000m;
    public const string OutOfRange = "Value must be between -1.0E9 and 1.0E9, inclusive";

    public static decimal? Comparable(string text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? Comparable(value) : null;

    public static decimal? Comparable(decimal value) =>
        value is < -Limit or > Limit ? null : decimal.Round(value, 5, MidpointRounding.ToZero);
}
