using System.Globalization;
using System.Text;

namespace Emulator.Firehose.Delivery;

/// <summary>
/// Java DateTimeFormatter patterns as Firehose prefixes use them (<c>yyyy</c>, <c>MM</c>, <c>dd</c>, <c>HH</c>, <c>mm</c>,
/// <c>ss</c>, quoted literals such as <c>yyyy'-'MM</c>): the pattern letters of dates and times that .NET writes the same
/// way; other letters are copied as they are.
/// </summary>
public static class JavaDate
{
    private const string Letters = "yMdHhmsSaEDu";

    public static string Format(DateTime time, string pattern)
    {
        var text = new StringBuilder();
        for (var i = 0; i < pattern.Length;)
        {
            var c = pattern[i];
            if (c == '\'')
            {
                var end = pattern.IndexOf('\'', i + 1);
                if (end < 0) end = pattern.Length;
                text.Append(end == i + 1 ? "'" : pattern[(i + 1)..end]);
                i = end + 1;
                continue;
            }
            var run = 1;
            while (i + run < pattern.Length && pattern[i + run] == c) run++;
            text.Append(Letters.Contains(c) ? Field(time, c, run) : pattern.Substring(i, run));
            i += run;
        }
        return text.ToString();
    }

    private static string Field(DateTime time, char letter, int width) => letter switch
    {
        'y' or 'u' => width == 2 ? (time.Year % 100).ToString("00", CultureInfo.InvariantCulture) : time.Year.ToString(new string('0', width), CultureInfo.InvariantCulture),
        'M' when width >= 4 => time.ToString("MMMM", CultureInfo.InvariantCulture),
        'M' when width == 3 => time.ToString("MMM", CultureInfo.InvariantCulture),
        'M' => time.Month.ToString(new string('0', width), CultureInfo.InvariantCulture),
        'd' => time.Day.ToString(new string('0', width), CultureInfo.InvariantCulture),
        'D' => time.DayOfYear.ToString(new string('0', width), CultureInfo.InvariantCulture),
        'H' => time.Hour.ToString(new string('0', width), CultureInfo.InvariantCulture),
        'h' => ((time.Hour + 11) % 12 + 1).ToString(new string('0', width), CultureInfo.InvariantCulture),
        'm' => time.Minute.ToString(new string('0', width), CultureInfo.InvariantCulture),
        's' => time.Second.ToString(new string('0', width), CultureInfo.InvariantCulture),
        'S' => time.ToString(new string('f', Math.Min(width, 7)), CultureInfo.InvariantCulture),
        'a' => time.Hour < 12 ? "AM" : "PM",
        'E' => time.ToString(width >= 4 ? "dddd" : "ddd", CultureInfo.InvariantCulture),
        _ => "",
    };
}
